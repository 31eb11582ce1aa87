import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { IncomingMessage, Server, ServerResponse, createServer, request as httpRequest } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { signDevelopmentToken } from '@muster/auth';
import { ROLES, Role, SERVICES, ServiceName, isRole } from '@muster/contracts';
import type { SignInConfig } from '../src/sign-in/oidc';

/**
 * The console's one origin: the built files, and every service under `/api/<service>/…`, so the browser needs no
 * CORS and the services see each user's own bearer token (their rate limits key on the user, not on this address).
 * In development only, `POST /dev/token` mints a development token for a persona and `GET /dev/centres` lists the
 * centres a commander persona can be given.
 */
export interface GatewayOptions {
  /** The console's built files (apps/console/dist). */
  readonly staticDir: string;
  /** Each service's base URL, e.g. http://127.0.0.1:3001. */
  readonly upstreams: Readonly<Record<ServiceName, string>>;
  /** The services' development JWT secret: the dev endpoints exist only when it is given, never in production. */
  readonly devJwtSecret?: string;
  /** NODE_ENV, read by the caller: 'production' refuses a dev secret outright. */
  readonly environment?: string;
  /** The organisation's OpenID Connect provider the console signs users in with (served at `GET /auth/config`). */
  readonly signIn?: SignInConfig;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

// Mantine sets style attributes, hence 'unsafe-inline' for styles only; scripts come from this origin alone. The page
// may also reach the identity provider (discovery and the token endpoint), and nothing else.
function securityHeaders(signIn: SignInConfig | undefined): Record<string, string> {
  const connect = ["'self'", ...(signIn ? [new URL(signIn.issuer).origin] : [])].join(' ');
  return {
    'Content-Security-Policy': `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src ${connect}; frame-ancestors 'none'; base-uri 'none'; form-action 'self'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

// Plain http only to a provider on this machine (development, tests).
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function checkedSignIn(signIn: SignInConfig | undefined): SignInConfig | undefined {
  if (!signIn) return undefined;
  let issuer: URL;
  try {
    issuer = new URL(signIn.issuer);
  } catch {
    throw new Error(`The identity provider's issuer is not a URL: ${signIn.issuer}`);
  }
  if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname))) {
    throw new Error(`The identity provider's issuer must be https (plain http only on this machine): ${signIn.issuer}`);
  }
  if (!signIn.clientId) throw new Error("The console's client id at the identity provider is missing");
  return signIn;
}

// Headers about one hop only (RFC 9110 §7.6.1): never forwarded.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);

const PERSONAS: readonly Role[] = ROLES;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  json(res, status, { statusCode: status, code, message, details: null });
}

function forwardedHeaders(req: IncomingMessage): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  }
  const client = req.socket.remoteAddress ?? '';
  const prior = req.headers['x-forwarded-for'];
  headers['x-forwarded-for'] = prior ? `${String(prior)}, ${client}` : client;
  return headers;
}

/** `/api/<service>/<rest>` → that service's `/<rest>`, streamed both ways; a service that does not answer is a 502. */
function proxy(req: IncomingMessage, res: ServerResponse, base: string, path: string): void {
  const target = new URL(path, base);
  const upstream = httpRequest(target, { method: req.method, headers: forwardedHeaders(req) }, (answer) => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    }
    res.writeHead(answer.statusCode ?? 502, headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) refuse(res, 502, 'SERVICE_UNAVAILABLE', 'The service did not answer');
    else res.destroy();
  });
  req.pipe(upstream);
}

async function bodyOf(req: IncomingMessage, limit: number): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

function developmentEndpoints(secret: string, upstreams: GatewayOptions['upstreams']) {
  const mint = (role: Role, centreId?: string) =>
    signDevelopmentToken(secret, {
      sub: centreId ? `dev-${role}-${centreId.slice(0, 8)}` : `dev-${role}`,
      name: `dev ${role}`,
      roles: [role],
      centres: centreId ? [centreId] : [],
    });

  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (path === '/dev/token' && req.method === 'POST') {
      let body: { persona?: unknown; centreId?: unknown };
      try {
        body = (await bodyOf(req, 1024)) as typeof body;
      } catch {
        return refuse(res, 400, 'MALFORMED_JSON', 'Send { "persona": <role>, "centreId"?: <uuid> }');
      }
      const { persona, centreId } = body;
      if (!isRole(persona) || !PERSONAS.includes(persona)) {
        return refuse(res, 400, 'VALIDATION_FAILED', `persona must be one of: ${PERSONAS.join(', ')}`);
      }
      if (persona === 'commander' && (typeof centreId !== 'string' || !UUID.test(centreId))) {
        return refuse(res, 400, 'VALIDATION_FAILED', 'a commander needs the centreId of their centre');
      }
      return json(res, 200, { token: await mint(persona, persona === 'commander' ? (centreId as string) : undefined) });
    }
    if (path === '/dev/centres' && req.method === 'GET') {
      try {
        const answer = await fetch(`${upstreams.centres}/centres?limit=200`, {
          headers: { Authorization: `Bearer ${await mint('admin')}` },
        });
        const page = (await answer.json()) as {
          items?: { centreId: string; code: string; nameAr: string; nameEn: string }[];
        };
        return json(
          res,
          200,
          (page.items ?? []).map(({ centreId, code, nameAr, nameEn }) => ({ centreId, code, nameAr, nameEn })),
        );
      } catch {
        return refuse(res, 502, 'SERVICE_UNAVAILABLE', 'The centres service did not answer');
      }
    }
    return refuse(res, 404, 'NOT_FOUND', 'No such development endpoint');
  };
}

/** The built file for a path inside `root` (never outside it), or null. */
function fileFor(root: string, path: string): string | null {
  const file = resolve(root, `.${decodeURIComponent(path)}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  path: string,
  headers: Record<string, string>,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'METHOD_NOT_ALLOWED', 'Read only');
  let file: string | null;
  try {
    file = path === '/' ? null : fileFor(root, path);
  } catch {
    return refuse(res, 400, 'MALFORMED_PATH', 'The path is not valid');
  }
  // Every screen is a hash route of index.html; only asset paths name files.
  if (!file && path.startsWith('/assets/')) return refuse(res, 404, 'NOT_FOUND', 'No such file');
  const served = file ?? join(root, 'index.html');
  if (!existsSync(served)) return refuse(res, 503, 'CONSOLE_NOT_BUILT', 'The console is not built');
  const immutable = path.startsWith('/assets/');
  const encoded = encodedAsset(req, served, immutable);
  res.writeHead(200, {
    ...headers,
    'Content-Type': CONTENT_TYPES[extname(served)] ?? 'application/octet-stream',
    // Assets are named by their content's hash: cached for good. index.html names the current ones: never cached.
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(encoded
      ? { 'Content-Encoding': encoded.encoding, 'Content-Length': String(encoded.body.length), Vary: 'Accept-Encoding' }
      : {}),
  });
  if (req.method === 'HEAD') return void res.end();
  if (encoded) return void res.end(encoded.body);
  createReadStream(served).pipe(res);
}

const COMPRESSIBLE = new Set(['.js', '.css', '.svg', '.json', '.html']);
/** Hashed assets never change: each is compressed once, at its first request, and kept. */
const compressedAssets = new Map<string, { readonly br: Buffer; readonly gzip: Buffer }>();

/**
 * The asset compressed as the browser accepts it (Brotli, else gzip): the script the first screen needs is a third of
 * its size on the wire. Only text, only hashed assets (index.html is small and changes with every build).
 */
function encodedAsset(
  req: IncomingMessage,
  file: string,
  immutable: boolean,
): { readonly encoding: 'br' | 'gzip'; readonly body: Buffer } | null {
  if (!immutable || !COMPRESSIBLE.has(extname(file))) return null;
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!encoding) return null;
  let bodies = compressedAssets.get(file);
  if (!bodies) {
    const raw = readFileSync(file);
    bodies = {
      br: brotliCompressSync(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzip: gzipSync(raw, { level: 9 }),
    };
    compressedAssets.set(file, bodies);
  }
  return { encoding, body: bodies[encoding] };
}

export function createGateway(options: GatewayOptions): Server {
  if (options.devJwtSecret && options.environment === 'production') {
    throw new Error('The development sign-in cannot be enabled in production (NODE_ENV=production)');
  }
  const root = resolve(options.staticDir);
  const dev = options.devJwtSecret ? developmentEndpoints(options.devJwtSecret, options.upstreams) : null;
  const signIn = checkedSignIn(options.signIn);
  const headers = securityHeaders(signIn);

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const api = /^\/api\/([a-z]+)(\/.*)?$/.exec(url.pathname);
    if (api) {
      const service = SERVICES.find((s) => s === api[1]);
      if (!service) return refuse(res, 404, 'NOT_FOUND', 'No such service');
      return proxy(req, res, options.upstreams[service], `${api[2] ?? '/'}${url.search}`);
    }
    if (url.pathname.startsWith('/dev/')) {
      if (!dev) return refuse(res, 404, 'NOT_FOUND', 'Not found');
      dev(req, res, url.pathname).catch(() => {
        if (!res.headersSent) refuse(res, 500, 'INTERNAL', 'The development endpoint failed');
      });
      return;
    }
    if (url.pathname === '/auth/config') {
      if (req.method !== 'GET') return refuse(res, 405, 'METHOD_NOT_ALLOWED', 'Read only');
      if (!signIn) return refuse(res, 404, 'SIGN_IN_NOT_CONFIGURED', 'No identity provider is configured');
      return json(res, 200, signIn);
    }
    serveStatic(req, res, root, url.pathname, headers);
  });
}
