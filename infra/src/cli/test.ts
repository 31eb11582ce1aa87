import { spawnSync } from 'node:child_process';
import { ensureChromium } from '../chromium';
import { REPO_ROOT } from '../infrastructure';

// npm test: lint (with enforced module boundaries), typecheck, then every project's unit and integration tests in
// one Jest run, whose global setup brings up real PostgreSQL and Kafka. Every step runs; the summary says which failed.
const steps: Array<{ name: string; command: string; args: string[] }> = [
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'] },
  // The console's browser code: Vitest, Vite's own runner (docs/console.md). Its gateway's specs run with Jest below.
  { name: 'console unit tests (Vitest)', command: 'npx', args: ['vitest', 'run', '--root', 'apps/console'] },
  {
    name: 'tests (unit + integration, real PostgreSQL and Kafka)',
    command: 'npx',
    args: ['jest', '--ci', '--maxWorkers=2', ...process.argv.slice(2)],
  },
];

// The console's end-to-end specs (in the Jest run) drive Debian's Chromium: installed here when it is missing.
ensureChromium((line) => void process.stdout.write(`${line}\n`));

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
