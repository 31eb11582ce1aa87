import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_PORTS, SERVICES, ServiceName } from '@muster/contracts';
import { ensureChromium } from './chromium';
import { developmentSecrets } from './dev-secrets';
import { LOCAL_STATE, REPO_ROOT } from './infrastructure';

// The web console (apps/console): building it when its files are newer than its build, and running its gateway —
// the one origin serving the built files and proxying /api/<service>/… — for `npm start` and the e2e suite.
const APP = join(REPO_ROOT, 'apps', 'console');
const DIST = join(APP, 'dist');
const STAMP = join(DIST, '.muster-build.json');

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/**
 * Builds the console unless its build is newer than every file it is made from and was made the same way
 * (`devLogin`: with the persona sign-in, for development and tests; never for production).
 */
export function ensureConsoleBuilt(options: { readonly devLogin: boolean }, log: (line: string) => void): void {
  const stamp = existsSync(STAMP) ? (JSON.parse(readFileSync(STAMP, 'utf8')) as { devLogin?: boolean }) : null;
  const sources = Math.max(
    ...['src', 'index.html', 'vite.config.ts', 'tsconfig.json'].map((p) => newestChange(join(APP, p))),
    newestChange(join(REPO_ROOT, 'package-lock.json')),
  );
  if (stamp?.devLogin === options.devLogin && statSync(STAMP).mtimeMs >= sources) return;
  log('Building the console (apps/console)…');
  const build = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: APP,
    // NODE_ENV as deployed: under Jest it is 'test', and React would be bundled in its development build.
    env: { ...process.env, NODE_ENV: 'production', MUSTER_CONSOLE_DEV_LOGIN: options.devLogin ? '1' : '0' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the console did not build:\n${build.stdout}\n${build.stderr}`);
  writeFileSync(STAMP, JSON.stringify({ devLogin: options.devLogin }));
}

export interface RunningConsole {
  readonly url: string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the console's gateway in its own process and waits until it answers. `devJwtSecret`: the services' development
 * secret, for the persona sign-in (the gateway refuses it when NODE_ENV is production).
 */
export async function startConsoleGateway(options: {
  readonly port: number;
  readonly upstreams: Readonly<Record<ServiceName, string>>;
  readonly devJwtSecret?: string;
  /** The organisation's OpenID Connect provider, for signing in with it. */
  readonly signIn?: {
    readonly issuer: string;
    readonly clientId: string;
    readonly scope: string;
    readonly resource?: string;
  };
  readonly output?: NodeJS.WritableStream;
}): Promise<RunningConsole> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    CONSOLE_PORT: String(options.port),
    CONSOLE_DIST: DIST,
    CONSOLE_DEV_JWT_SECRET: options.devJwtSecret,
    CONSOLE_OIDC_ISSUER: options.signIn?.issuer,
    CONSOLE_OIDC_CLIENT_ID: options.signIn?.clientId,
    CONSOLE_OIDC_SCOPE: options.signIn?.scope,
    CONSOLE_OIDC_RESOURCE: options.signIn?.resource,
  };
  for (const [service, url] of Object.entries(options.upstreams)) env[`MUSTER_${service.toUpperCase()}_URL`] = url;
  const child = spawn(process.execPath, ['-r', './infra/register.js', 'apps/console/server/main.ts'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (options.output) {
    child.stdout?.pipe(options.output);
    child.stderr?.pipe(options.output);
  }
  const url = `http://127.0.0.1:${options.port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`the console's gateway exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/`)).ok) return { url, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`the console's gateway did not answer on ${url} within 30 s`);
}

/**
 * For `npm start`: the console built with the persona sign-in, its gateway on CONSOLE_PORT (8080) in front of the
 * services on their usual ports, its log in .muster/logs/console.log. Also installs Chromium where it is missing, as
 * the README promises (the console's browser tests need it; the console itself does not).
 */
export async function startDevelopmentConsole(log: (line: string) => void): Promise<RunningConsole> {
  ensureChromium(log);
  ensureConsoleBuilt({ devLogin: true }, log);
  return startConsoleGateway({
    port: Number(process.env['CONSOLE_PORT'] ?? 8080),
    upstreams: Object.fromEntries(SERVICES.map((s) => [s, `http://127.0.0.1:${SERVICE_PORTS[s]}`])) as Record<
      ServiceName,
      string
    >,
    devJwtSecret: developmentSecrets().JWT_SECRET,
    output: createWriteStream(join(LOCAL_STATE, 'logs', 'console.log'), { flags: 'a' }),
  });
}
