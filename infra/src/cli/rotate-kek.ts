import { spawnSync } from 'node:child_process';
import { postgresServerUrl } from '@muster/postgres';
import { REPO_ROOT } from '../infrastructure';
import { serviceEnvironment } from '../service-env';

// npm run rotate-kek: personnel's stored keys rewrapped under IDENTITY_KEK, online (docs/security.md, "Rotating the KEK").
const run = spawnSync(
  process.execPath,
  ['-r', './infra/register.js', 'services/personnel/src/rotate-kek.ts', ...process.argv.slice(2)],
  {
    cwd: REPO_ROOT,
    env: serviceEnvironment('personnel', postgresServerUrl(), process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092'),
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
