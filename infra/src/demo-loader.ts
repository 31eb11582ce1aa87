import { Role, signDevelopmentToken } from '@muster/auth';
import { SERVICE_PORTS, SERVICES, ServiceName } from '@muster/contracts';
import { DemoApi, DemoSummary, loadDemo } from '@muster/demo';
import { developmentSecrets } from './dev-secrets';

/** A progress bar on a terminal; a line every quarter elsewhere (CI logs, pipes). */
function progressBar(write: (text: string) => void, tty: boolean) {
  let shown = -1;
  return (done: number, total: number, step: string): void => {
    const percent = Math.floor((done / total) * 100);
    if (tty) {
      const filled = Math.round(percent / 4);
      write(`\r  [${'#'.repeat(filled)}${'.'.repeat(25 - filled)}] ${String(percent).padStart(3)}% ${step.padEnd(20)}`);
      if (done === total) write('\n');
    } else if (Math.floor(percent / 25) > shown) {
      shown = Math.floor(percent / 25);
      write(`  demo: ${percent}%\n`);
    }
  };
}

/** Loads the demo organisation into the services running on this machine, signing as development users. */
export async function loadDemoOrganisation(write: (text: string) => void): Promise<DemoSummary> {
  const secret = developmentSecrets().JWT_SECRET;
  const urls = Object.fromEntries(SERVICES.map((name) => [name, `http://127.0.0.1:${SERVICE_PORTS[name]}`])) as Record<
    ServiceName,
    string
  >;
  const sign = async (roles: readonly Role[], centres: readonly string[] = []) =>
    `Bearer ${await signDevelopmentToken(secret, {
      sub: `demo-${roles.join('-')}${centres.length ? `-${centres.join('-')}` : ''}`,
      name: 'Demo loader',
      roles,
      centres: [...centres],
    })}`;
  const started = Date.now();
  const summary = await loadDemo(
    new DemoApi(urls, sign),
    new Date(),
    progressBar(write, process.stdout.isTTY === true),
  );
  write(
    `  demo organisation loaded in ${Math.round((Date.now() - started) / 1000)} s: ` +
      `${Object.keys(summary.centres).length} centres, ${summary.members} members, ${summary.vehicles} vehicles, ` +
      `${summary.items} items\n`,
  );
  return summary;
}
