import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { SERVICE_PORTS, SERVICES, ServiceName } from '@muster/contracts';
import { consoleOpenApiFile, consoleOpenApiTypes } from '../console-openapi';
import { REPO_ROOT } from '../infrastructure';

// npm run console:openapi [-- --check] [<service>=<base url> …]
// Regenerates the console's OpenAPI types (apps/console/src/api/openapi) from the running services' documents
// (GET /docs-json; by default the services `npm start` runs), or with --check says which differ and exits 1.
// A process of its own: openapi-typescript's dependencies are ES modules, which Jest's module loader cannot require.
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const urls: Record<ServiceName, string> = Object.fromEntries(
    SERVICES.map((s) => [s, `http://127.0.0.1:${SERVICE_PORTS[s]}`]),
  ) as Record<ServiceName, string>;
  for (const arg of args.filter((a) => a.includes('='))) {
    const [service, url] = arg.split('=') as [string, string];
    const known = SERVICES.find((s) => s === service);
    if (!known) throw new Error(`unknown service ${service}`);
    urls[known] = url;
  }
  const drifted: string[] = [];
  for (const service of SERVICES) {
    const answer = await fetch(`${urls[service]}/docs-json`).catch(() => {
      throw new Error(`${service} does not answer on ${urls[service]}: start the services first (npm start)`);
    });
    if (!answer.ok) throw new Error(`${service}: GET /docs-json answered ${answer.status}`);
    const types = await consoleOpenApiTypes(
      service,
      (await answer.json()) as Parameters<typeof consoleOpenApiTypes>[1],
    );
    const file = consoleOpenApiFile(service);
    if (!check) writeFileSync(file, types);
    else if (readFileSync(file, 'utf8') !== types) drifted.push(relative(REPO_ROOT, file));
  }
  if (drifted.length) {
    process.stdout.write(
      `The services' OpenAPI documents changed: ${drifted.join(', ')} differ. ` +
        'Regenerate them with the services running: npm run console:openapi\n',
    );
    return 1;
  }
  process.stdout.write(
    check ? 'The console’s OpenAPI types are current.\n' : 'The console’s OpenAPI types are written.\n',
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
