import { spawnSync } from 'node:child_process';
import { SERVICES } from '@muster/contracts';
import { REPO_ROOT } from '../infrastructure';
import { postgresServerUrl } from '@muster/postgres';
import { provisionDevelopmentDatabases } from '../dev-databases';
import { serviceEnvironment, witnessEnvironment } from '../service-env';

// npm run migrate: each service's (and the witness's) roles and database (created if missing), then its migrations as
// its migrator, without starting it.
async function main(): Promise<number> {
  await provisionDevelopmentDatabases(postgresServerUrl());
  const brokers = process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092';
  const environments: [string, NodeJS.ProcessEnv][] = [
    ...SERVICES.map((name): [string, NodeJS.ProcessEnv] => [
      name,
      serviceEnvironment(name, postgresServerUrl(), brokers),
    ]),
    ['witness', witnessEnvironment(postgresServerUrl(), brokers)],
  ];
  const failed = environments.filter(([name, env]) => {
    const run = spawnSync(process.execPath, ['-r', './infra/register.js', `services/${name}/src/main.ts`, 'migrate'], {
      cwd: REPO_ROOT,
      env,
      stdio: 'inherit',
    });
    return run.status !== 0;
  });
  return failed.length === 0 ? 0 : 1;
}

void main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`migrate failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
