import { join } from 'node:path';
import { SERVICE_PORTS, SERVICES, ServiceName } from '@muster/contracts';
import { createGateway } from './gateway';

// The console's gateway as a process (npm start, the e2e suite, a production container). Settings:
//   CONSOLE_PORT (8080), CONSOLE_HOST (127.0.0.1), CONSOLE_DIST (apps/console/dist),
//   MUSTER_<SERVICE>_URL (http://127.0.0.1:<its port>), NODE_ENV, and
//   CONSOLE_DEV_JWT_SECRET: the services' development secret, enabling the persona sign-in (refused in production);
//   CONSOLE_OIDC_ISSUER, CONSOLE_OIDC_CLIENT_ID, CONSOLE_OIDC_SCOPE ('openid profile'), CONSOLE_OIDC_RESOURCE: the
//   organisation's OpenID Connect provider, the console's (public, PKCE) client there, and the services' audience.
const env = process.env;
const upstreams = Object.fromEntries(
  SERVICES.map((s) => [s, env[`MUSTER_${s.toUpperCase()}_URL`] ?? `http://127.0.0.1:${SERVICE_PORTS[s]}`]),
) as Record<ServiceName, string>;

const server = createGateway({
  staticDir: env['CONSOLE_DIST'] ?? join(__dirname, '..', 'dist'),
  upstreams,
  ...(env['CONSOLE_DEV_JWT_SECRET'] ? { devJwtSecret: env['CONSOLE_DEV_JWT_SECRET'] } : {}),
  ...(env['NODE_ENV'] ? { environment: env['NODE_ENV'] } : {}),
  ...(env['CONSOLE_OIDC_ISSUER']
    ? {
        signIn: {
          issuer: env['CONSOLE_OIDC_ISSUER'],
          clientId: env['CONSOLE_OIDC_CLIENT_ID'] ?? '',
          scope: env['CONSOLE_OIDC_SCOPE'] ?? 'openid profile',
          ...(env['CONSOLE_OIDC_RESOURCE'] ? { resource: env['CONSOLE_OIDC_RESOURCE'] } : {}),
        },
      }
    : {}),
});
const port = Number(env['CONSOLE_PORT'] ?? 8080);
const host = env['CONSOLE_HOST'] ?? '127.0.0.1';
server.listen(port, host, () => {
  process.stdout.write(`console listening on http://${host}:${port}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
