/**
 * An OpenID Provider for the console's sign-in spec, run as a process of its own (oidc-provider is an ES module, which
 * Jest's module loader does not take): a certified implementation, not a stand-in, configured as an organisation's
 * identity provider would be for Muster — the console a public client with PKCE, the services one resource server
 * whose access tokens are RS256 JWTs carrying the user's Muster roles and centres. Its own login page (the library's
 * development interactions) takes any password for a listed account.
 *
 * Environment: IDP_PORT, IDP_REDIRECT_URI (the console's), IDP_AUDIENCE (the services' JWT_AUDIENCE), IDP_ACCOUNTS
 * (JSON: account id → { name, roles, centres }), IDP_ACCESS_TOKEN_TTL (seconds; short, so that the spec sees the
 * console renew its token).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider, { KoaContextWithOIDC } from 'oidc-provider';

interface Account {
  readonly name: string;
  readonly roles: readonly string[];
  readonly centres: readonly string[];
}

const port = Number(process.env['IDP_PORT']);
const redirectUri = process.env['IDP_REDIRECT_URI'] as string;
const audience = process.env['IDP_AUDIENCE'] as string;
const accounts = JSON.parse(process.env['IDP_ACCOUNTS'] ?? '{}') as Record<string, Account>;
const issuer = `http://127.0.0.1:${port}`;
const consoleOrigin = new URL(redirectUri).origin;
const accessTokenTTL = Number(process.env['IDP_ACCESS_TOKEN_TTL'] ?? 3600);
const CLIENT_ID = 'muster-console';
const SCOPE = 'api';

const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      token_endpoint_auth_method: 'none',
      redirect_uris: [redirectUri],
      post_logout_redirect_uris: [redirectUri],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    },
  ],
  jwks: { keys: [{ ...signingKey, alg: 'RS256', use: 'sig', kid: 'muster-spec' }] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  pkce: { required: () => true },
  // A browser application signing in with the code flow gets a refresh token, as most organisations' providers give
  // one (the library's default asks for offline_access, meant for access while the user is away).
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  // The console calls the token endpoint from its page.
  clientBasedCORS: (_ctx, origin) => origin === consoleOrigin,
  findAccount: (_ctx, id) =>
    accounts[id] ? { accountId: id, claims: () => ({ sub: id, name: accounts[id]?.name }) } : undefined,
  extraTokenClaims: (_ctx, token) => {
    const account = 'accountId' in token && typeof token.accountId === 'string' ? accounts[token.accountId] : undefined;
    return account ? { name: account.name, roles: [...account.roles], centres: [...account.centres] } : undefined;
  },
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => audience,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: SCOPE,
        audience,
        accessTokenTTL,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  // The console is the organisation's own application: its users are not asked to consent to it.
  loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
    const { client, session } = ctx.oidc;
    if (!client || !session?.accountId) return undefined;
    const existing = session.grantIdFor(client.clientId);
    if (existing) return ctx.oidc.provider.Grant.find(existing);
    const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
    grant.addOIDCScope('openid profile');
    grant.addResourceScope(audience, SCOPE);
    await grant.save();
    return grant;
  },
});

provider.listen(port, '127.0.0.1', () => process.stdout.write(`identity provider on ${issuer}\n`));
