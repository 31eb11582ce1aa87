import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { createServer, get, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { jwtVerify } from 'jose';
import { SERVICES, ServiceName } from '@muster/contracts';
import { createGateway } from './gateway';

const SECRET = 'a-development-secret-of-enough-length-for-hs256';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A stand-in service answering what it received, so the spec sees what the gateway forwarded. */
function echoService(name: ServiceName): Server {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url?.startsWith('/centres?')) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({ items: [{ centreId: 'c1', code: 'ALP-01', nameAr: 'حلب', nameEn: 'Aleppo', status: 'x' }] }),
        );
        return;
      }
      res.writeHead(req.url === '/refuse' ? 409 : 200, { 'Content-Type': 'application/json', 'X-Service': name });
      res.end(
        JSON.stringify({
          service: name,
          method: req.method,
          url: req.url,
          authorization: req.headers.authorization ?? null,
          forwardedFor: req.headers['x-forwarded-for'] ?? null,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
  });
}

describe('the console gateway', () => {
  const services = SERVICES.map(echoService);
  const gateways: Server[] = [];
  let upstreams: Record<ServiceName, string>;
  let staticDir: string;

  const start = async (
    options: Omit<Parameters<typeof createGateway>[0], 'staticDir' | 'upstreams'> = {},
  ): Promise<string> => {
    const gateway = createGateway({ staticDir, upstreams, ...options });
    gateways.push(gateway);
    return listen(gateway);
  };

  beforeAll(async () => {
    const urls = await Promise.all(services.map(listen));
    upstreams = Object.fromEntries(SERVICES.map((s, i) => [s, urls[i]])) as Record<ServiceName, string>;
    staticDir = mkdtempSync(join(tmpdir(), 'console-dist-'));
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Muster</title>');
    writeFileSync(join(staticDir, 'assets', 'index-abc.js'), 'console.log(1)');
  });
  afterAll(async () => {
    await Promise.all([...services, ...gateways].map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it('passes /api/<service>/… to that service, with the user’s token, the query and the body, and its answer back', async () => {
    const gateway = await start();
    const answer = await fetch(`${gateway}/api/personnel/members/search?limit=5`, {
      method: 'POST',
      headers: { Authorization: 'Bearer t0k3n', 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: 'عائشة' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-service')).toBe('personnel');
    expect(await answer.json()).toMatchObject({
      method: 'POST',
      url: '/members/search?limit=5',
      authorization: 'Bearer t0k3n',
      forwardedFor: '127.0.0.1',
      body: JSON.stringify({ q: 'عائشة' }),
    });
    for (const service of SERVICES) {
      expect(await (await fetch(`${gateway}/api/${service}/health/live`)).json()).toMatchObject({ service });
    }
    const refused = await fetch(`${gateway}/api/equipment/refuse`);
    expect(refused.status).toBe(409);
    expect((await fetch(`${gateway}/api/payroll/x`)).status).toBe(404);
  });

  it('answers 502 in the services’ error shape when a service does not answer', async () => {
    const gateway = createGateway({ staticDir, upstreams: { ...upstreams, training: 'http://127.0.0.1:9' } });
    gateways.push(gateway);
    const answer = await fetch(`${await listen(gateway)}/api/training/courses`);
    expect(answer.status).toBe(502);
    expect(await answer.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('serves the built console: index.html for the page, hashed assets cached for good, nothing outside it', async () => {
    const gateway = await start();
    const page = await fetch(`${gateway}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Muster</title>');
    const asset = await fetch(`${gateway}/assets/index-abc.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(`${gateway}/assets/missing.js`)).status).toBe(404);
    expect(await (await fetch(`${gateway}/assets/%2e%2e/%2e%2e/package.json`)).text()).not.toContain('"name"');
    expect((await fetch(`${gateway}/`, { method: 'POST' })).status).toBe(405);
  });

  it('sends the scripts compressed as the browser accepts them, and as they are to one that accepts neither', async () => {
    const gateway = await start();
    const raw = (encoding: string) =>
      new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>((resolve, reject) => {
        get(`${gateway}/assets/index-abc.js`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              encoding: res.headers['content-encoding'],
              vary: res.headers.vary,
              body: Buffer.concat(chunks),
            }),
          );
        }).on('error', reject);
      });
    const br = await raw('gzip, deflate, br');
    expect([br.encoding, br.vary, brotliDecompressSync(br.body).toString()]).toEqual([
      'br',
      'Accept-Encoding',
      'console.log(1)',
    ]);
    const gzip = await raw('gzip');
    expect([gzip.encoding, gunzipSync(gzip.body).toString()]).toEqual(['gzip', 'console.log(1)']);
    const plain = await raw('identity');
    expect([plain.encoding, plain.body.toString()]).toEqual([undefined, 'console.log(1)']);
  });

  it('mints development tokens for personas, and a commander’s for one centre', async () => {
    const gateway = await start({ devJwtSecret: SECRET });
    const mint = (body: object) =>
      fetch(`${gateway}/dev/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const hr = (await (await mint({ persona: 'hr' })).json()) as { token: string };
    const { payload } = await jwtVerify(hr.token, new TextEncoder().encode(SECRET));
    expect(payload).toMatchObject({ sub: 'dev-hr', roles: ['hr'], centres: [] });

    const centreId = '0b7d3c4e-1f2a-4b5c-8d9e-0f1a2b3c4d5e';
    const commander = (await (await mint({ persona: 'commander', centreId })).json()) as { token: string };
    expect((await jwtVerify(commander.token, new TextEncoder().encode(SECRET))).payload).toMatchObject({
      roles: ['commander'],
      centres: [centreId],
    });
    expect((await mint({ persona: 'commander' })).status).toBe(400);
    expect((await mint({ persona: 'root' })).status).toBe(400);
    expect(await (await fetch(`${gateway}/dev/centres`)).json()).toEqual([
      { centreId: 'c1', code: 'ALP-01', nameAr: 'حلب', nameEn: 'Aleppo' },
    ]);
  });

  it('has no development endpoint without the secret, and refuses to start with it in production', async () => {
    const gateway = await start();
    expect((await fetch(`${gateway}/dev/token`, { method: 'POST', body: '{"persona":"admin"}' })).status).toBe(404);
    expect(() => createGateway({ staticDir, upstreams, devJwtSecret: SECRET, environment: 'production' })).toThrow(
      /cannot be enabled in production/,
    );
    // The process as deployed: NODE_ENV=production with the secret set stops at once, saying why.
    const run = spawnSync(process.execPath, ['-r', './infra/register.js', 'apps/console/server/main.ts'], {
      cwd: join(__dirname, '..', '..', '..'),
      env: { ...process.env, NODE_ENV: 'production', CONSOLE_DEV_JWT_SECRET: SECRET, CONSOLE_PORT: '0' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('cannot be enabled in production');
  });

  it('names the organisation’s identity provider to the page, and lets the page reach it and nothing else', async () => {
    const without = await start();
    const none = await fetch(`${without}/auth/config`);
    expect([none.status, ((await none.json()) as { code: string }).code]).toEqual([404, 'SIGN_IN_NOT_CONFIGURED']);
    expect((await fetch(`${without}/`)).headers.get('content-security-policy')).toContain("connect-src 'self';");

    const signIn = { issuer: 'https://id.example.org/realms/muster', clientId: 'muster-console', scope: 'openid' };
    const gateway = await start({ signIn });
    expect(await (await fetch(`${gateway}/auth/config`)).json()).toEqual(signIn);
    expect((await fetch(`${gateway}/`)).headers.get('content-security-policy')).toContain(
      "connect-src 'self' https://id.example.org;",
    );
    expect((await fetch(`${gateway}/auth/config`, { method: 'POST' })).status).toBe(405);
  });

  it('refuses an identity provider reached in clear over the network, or with no client id', () => {
    const make = (issuer: string, clientId = 'muster-console') =>
      createGateway({ staticDir, upstreams, signIn: { issuer, clientId, scope: 'openid' } });
    expect(() => make('http://id.example.org')).toThrow(/must be https/);
    expect(() => make('not a url')).toThrow(/not a URL/);
    expect(() => make('https://id.example.org', '')).toThrow(/client id/);
    expect(() => make('http://127.0.0.1:9999')).not.toThrow();
  });
});
