import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Role, TokenRejected, TokenVerifier } from '@muster/auth';
import { Auditor } from './audit';
import { CheckpointFollower } from './checkpoint-follower';
import { errorMessage, Logger } from './logger';
import { WitnessStore } from './witness-store';

/** Who may read the witness and ask it for an audit. */
const ALLOWED: readonly Role[] = ['auditor', 'admin'];

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function send(response: ServerResponse, statusCode: number, body: object): void {
  response.writeHead(statusCode, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** A valid bearer token (401 otherwise) with a role allowed here (403 otherwise): the services' rule. */
async function authenticate(verifier: TokenVerifier, request: IncomingMessage): Promise<void> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (!match?.[1]) throw new HttpError(401, 'AUTH_MISSING_TOKEN', 'Send a bearer token in the Authorization header');
  const principal = await verifier.verify(match[1]).catch((error: unknown) => {
    if (error instanceof TokenRejected) throw new HttpError(401, error.code, error.message);
    throw error;
  });
  if (!principal.roles.some((role) => ALLOWED.includes(role)))
    throw new HttpError(403, 'AUTH_FORBIDDEN_ROLE', `This action needs one of the roles: ${ALLOWED.join(', ')}`);
}

/**
 * The witness's API: `GET /health` (open: does it follow the checkpoints, does its database answer); for auditors and
 * admins `GET /alerts[?log=]`, `GET /cosignatures?log=muster/personnel` and `POST /audits` (an audit of every service
 * now, answering the alerts it raised and the services it could not read).
 */
export function witnessHttp(parts: {
  readonly store: WitnessStore;
  readonly auditor: Auditor;
  readonly follower: CheckpointFollower;
  readonly verifier: TokenVerifier;
  readonly logger: Logger;
}): Server {
  const { store, auditor, follower, verifier, logger } = parts;
  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://witness');
    const call = `${request.method ?? 'GET'} ${url.pathname}`;
    if (call === 'GET /health' || call === 'GET /health/live') {
      const problem =
        follower.stopped ??
        (await store.ping().then(
          () => undefined,
          (error: unknown) => errorMessage(error),
        ));
      return send(response, problem ? 503 : 200, problem ? { status: 'down', detail: problem } : { status: 'ok' });
    }
    const routes: Record<string, () => Promise<object>> = {
      'GET /alerts': async () => ({ alerts: await store.alerts(url.searchParams.get('log') ?? undefined) }),
      'GET /cosignatures': async () => {
        const log = url.searchParams.get('log');
        if (!log) throw new HttpError(400, 'VALIDATION_FAILED', 'Name the log: ?log=muster/<service>');
        return { cosignatures: (await store.checkpoints(log)).map((accepted) => accepted.cosignature) };
      },
      'POST /audits': () => auditor.auditAll(),
    };
    const handler = routes[call];
    if (!handler) throw new HttpError(404, 'NOT_FOUND', `No route ${call}`);
    await authenticate(verifier, request);
    send(response, 200, await handler());
  };

  return createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (error instanceof HttpError)
        return send(response, error.statusCode, {
          statusCode: error.statusCode,
          code: error.code,
          message: error.message,
          details: {},
        });
      logger.error({ error: errorMessage(error) }, 'request failed');
      send(response, 500, { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Something went wrong', details: {} });
    });
  });
}

/** Listens on the port (0: any free one) and answers where. */
export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return (server.address() as AddressInfo).port;
}
