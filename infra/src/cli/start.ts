import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_PORTS, SERVICES, ServiceName, WITNESS_PORT } from '@muster/contracts';
import { Infrastructure, LOCAL_STATE, provideInfrastructure, REPO_ROOT } from '../infrastructure';
import { RunningConsole, startDevelopmentConsole } from '../console';
import { loadDemoOrganisation } from '../demo-loader';
import { provisionDevelopmentDatabases } from '../dev-databases';
import { serviceEnvironment, witnessEnvironment } from '../service-env';

// npm start: PostgreSQL and Kafka, the four services (migrations run as each starts), then the witness that
// countersigns their checkpoints, ready to use, with the demo organisation loaded (`npm start -- --empty` for none),
// and the web console in front of them. Ctrl-C stops all.
const LOGS = join(LOCAL_STATE, 'logs');
const say = (line: string): void => void process.stdout.write(`${line}\n`);

interface Running {
  readonly name: ServiceName | 'witness';
  readonly child: ChildProcess;
  readonly url: string;
  readonly log: string;
  /** What answers 200 once it is ready. */
  readonly ready: string;
}

function startService(name: ServiceName, infra: Infrastructure): Running {
  const env = serviceEnvironment(name, infra.databaseUrl, infra.kafkaBrokers);
  const url = `http://127.0.0.1:${SERVICE_PORTS[name]}`;
  return spawnLogged(name, env, url, `${url}/health/ready`);
}

/** The witness, once the services are up: it follows their checkpoints and audits their logs. */
function startWitness(infra: Infrastructure): Running {
  const env = witnessEnvironment(infra.databaseUrl, infra.kafkaBrokers);
  const url = `http://127.0.0.1:${WITNESS_PORT}`;
  return spawnLogged('witness', env, url, `${url}/health`);
}

function spawnLogged(name: Running['name'], env: NodeJS.ProcessEnv, url: string, ready: string): Running {
  const log = join(LOGS, `${name}.log`);
  const child = spawn(process.execPath, ['-r', './infra/register.js', `services/${name}/src/main.ts`], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(log, { flags: 'a' });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return { name, child, url, log, ready };
}

async function waitReady(service: Running, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited with code ${service.child.exitCode}`);
    try {
      const response = await fetch(service.ready);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${service.name} was not ready after ${timeoutMs / 1000} s`);
}

function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function main(): Promise<void> {
  mkdirSync(LOGS, { recursive: true });
  say('Muster: starting PostgreSQL and Kafka…');
  const infra = await provideInfrastructure('start', say);
  infra.description.forEach((d) => say(`  ${d}`));
  await provisionDevelopmentDatabases(infra.databaseUrl);
  const services = SERVICES.map((name) => startService(name, infra));
  const running: Running[] = [...services];
  let webConsole: RunningConsole | undefined;

  let stopping = false;
  const stopAll = async (code: number): Promise<never> => {
    if (!stopping) {
      stopping = true;
      say('\nStopping the services and Kafka…');
      await Promise.all(
        running.map(
          (s) =>
            new Promise<void>((resolve) => {
              if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
              s.child.once('exit', () => resolve());
              s.child.kill('SIGTERM');
            }),
        ),
      );
      await webConsole?.stop();
      await infra.stop();
      say('Stopped.');
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    await Promise.all(services.map((s) => waitReady(s, 180_000)));
    // After the services: it reads their checkpoint topics and audits their logs through their APIs.
    const witness = startWitness(infra);
    running.push(witness);
    await waitReady(witness, 60_000);
  } catch (error) {
    say(`\n${error instanceof Error ? error.message : String(error)}`);
    running.forEach((s) => say(`--- ${s.name} (${s.log}) ---\n${tail(s.log, 15)}`));
    await stopAll(1);
  }
  for (const s of running) {
    s.child.once('exit', (code) => {
      if (stopping) return;
      say(`\n${s.name} stopped unexpectedly (code ${code}); last lines of ${s.log}:\n${tail(s.log, 20)}`);
      void stopAll(1);
    });
  }

  if (!process.argv.includes('--empty')) {
    say('\nLoading the demo organisation through the services’ APIs (npm start -- --empty to start with nothing)…');
    try {
      const demo = await loadDemoOrganisation((text) => void process.stdout.write(text));
      say(`  Aleppo outpost (the Idlib team's new base): centre ${demo.centres['ALP-01']}`);
    } catch (error) {
      say(`  The demo was not loaded: ${error instanceof Error ? error.message : String(error)}`);
      say('  The services are up; `npm run demo` tries again.');
    }
  }

  try {
    webConsole = await startDevelopmentConsole(say);
  } catch (error) {
    say(`\nThe console did not start: ${error instanceof Error ? error.message : String(error)}`);
  }

  say('\nMuster is ready:');
  if (webConsole) say(`  console    ${webConsole.url}   (sign in as any kind of user: development personas)`);
  services.forEach((s) => say(`  ${s.name.padEnd(10)} ${s.url}   API docs ${s.url}/docs`));
  say(
    `  ${'witness'.padEnd(10)} http://127.0.0.1:${WITNESS_PORT}   (auditor: GET /alerts, /cosignatures?log=muster/personnel)`,
  );
  say(`\nLogs: ${LOGS}`);
  say(
    'Get a token:  npm run token -- --role hr            (roles: hr, logistics, training, commander, auditor, admin)',
  );
  say('              npm run token -- --role commander --centre <centre-id>');
  say(
    'Look around:  hr → GET :3001/members, logistics → GET :3003/vehicles, training → GET :3004/compliance/expiring,',
  );
  say('              auditor → GET :3002/readiness (every centre with its reasons), admin → anything');
  say(
    'Then:         curl -H "Authorization: Bearer $(npm run -s token -- --role auditor)" http://127.0.0.1:3001/audit/events?correlationId=x',
  );
  say('\nCtrl-C stops everything.');
}

void main().catch((error: unknown) => {
  process.stderr.write(`Muster did not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
