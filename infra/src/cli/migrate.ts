import { spawnSync } from 'node:child_process';
import { SERVICES } from '@muster/contracts';
import { REPO_ROOT } from '../infrastructure';
import { postgresServerUrl } from '@muster/postgres';
import { serviceEnvironment } from '../service-env';

// npm run migrate: each service's migrations against its own database (created if missing), without starting it.
const failed = SERVICES.filter((name) => {
  const run = spawnSync(process.execPath, ['-r', './infra/register.js', `services/${name}/src/main.ts`, 'migrate'], {
    cwd: REPO_ROOT,
    env: serviceEnvironment(name, postgresServerUrl(), process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092'),
    stdio: 'inherit',
  });
  return run.status !== 0;
});
process.exit(failed.length === 0 ? 0 : 1);
