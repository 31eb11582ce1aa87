import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../infrastructure';

// npm test: lint (with enforced module boundaries), typecheck, then every project's unit and integration tests in
// one Jest run, whose global setup brings up real PostgreSQL and Kafka. Every step runs; the summary says which failed.
const steps: Array<{ name: string; command: string; args: string[] }> = [
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'] },
  {
    name: 'tests (unit + integration, real PostgreSQL and Kafka)',
    command: 'npx',
    args: ['jest', '--ci', '--maxWorkers=2', ...process.argv.slice(2)],
  },
];

const results = steps.map((step) => {
  process.stdout.write(`\n=== ${step.name} ===\n`);
  const started = Date.now();
  const run = spawnSync(step.command, step.args, {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  return { name: step.name, ok: run.status === 0, seconds: Math.round((Date.now() - started) / 1000) };
});

process.stdout.write('\n=== summary ===\n');
results.forEach((r) => process.stdout.write(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name} (${r.seconds} s)\n`));
process.exit(results.every((r) => r.ok) ? 0 : 1);
