import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, REPO_ROOT } from '@muster/infra';

export interface ServiceProcess {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Sends the signal and resolves with the exit code (null when killed by the signal). */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/**
 * A service started from its main file as its own process, as `npm start` does, on a free port: the way to test
 * what only a real process shows (a graceful stop, a crash at any instant). Resolves once it is live. `root`: another
 * checkout of the repository to run it from (a benchmark's baseline at an earlier commit), with its own libraries.
 */
export async function spawnService(
  mainFile: string,
  env: Record<string, string>,
  { root = REPO_ROOT }: { root?: string } = {},
): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', './infra/register.js', mainFile], {
    cwd: root,
    env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.json'), ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (child.exitCode === null) {
    if (
      await fetch(`${url}/health/live`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      return {
        url,
        stop: (signal) => {
          child.kill(signal);
          return exited;
        },
      };
    }
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`${mainFile} did not become live on port ${port}`);
}
