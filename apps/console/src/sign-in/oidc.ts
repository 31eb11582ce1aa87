import * as oauth from 'oauth4webapi';
import type { ProviderGrant } from '../session';

/**
 * Signing in with the organisation's identity provider (OpenID Connect): the console is a public client using the
 * authorization code flow with PKCE (RFC 7636, S256), `state` against cross-site request forgery, and the `iss`
 * response parameter (RFC 9207) where the provider sends it — all checked by oauth4webapi. The access token the
 * provider issues for the services' audience is what the console sends them, as it sends a development token; the
 * services verify it against the provider's JWKS. The gateway says which provider (`GET /auth/config`). Where the
 * provider issues a refresh token, the access token is renewed before it expires (`sign-in/renewal.ts`); signing out
 * ends the provider's session too (RP-initiated logout), so that the next person at a shared computer must sign in.
 */
export interface SignInConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly scope: string;
  /** The services' audience (RFC 8707 resource indicator), when the provider needs it named. */
  readonly resource?: string;
}

/** The provider the gateway was given, or null when it has none (development sign-in only). */
export async function signInConfig(): Promise<SignInConfig | null> {
  const response = await fetch('/auth/config');
  return response.ok ? ((await response.json()) as SignInConfig) : null;
}

const PENDING_KEY = 'muster.sign-in';

interface Pending {
  readonly codeVerifier: string;
  readonly state: string;
}

// Plain http only to a provider on this machine (development, tests); any other must be https.
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const requestOptions = (issuer: URL) => (LOOPBACK.has(issuer.hostname) ? { [oauth.allowInsecureRequests]: true } : {});

async function discover(config: SignInConfig): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(config.issuer);
  return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, requestOptions(issuer)));
}

/** The tokens of a provider's answer. */
export interface ProviderTokens extends ProviderGrant {
  readonly accessToken: string;
}

const tokensOf = (response: oauth.TokenEndpointResponse): ProviderTokens => ({
  accessToken: response.access_token,
  ...(response.refresh_token ? { refreshToken: response.refresh_token } : {}),
  ...(response.id_token ? { idToken: response.id_token } : {}),
});

const tokenRequestOptions = (config: SignInConfig) => ({
  ...requestOptions(new URL(config.issuer)),
  ...(config.resource ? { additionalParameters: { resource: config.resource } } : {}),
});

/** Where the provider sends the user back: the console's own page. */
const redirectUri = (): string => `${window.location.origin}/`;

/** Sends the browser to the provider's sign-in page; the answer comes back to the console (completeSignIn). */
export async function startSignIn(config: SignInConfig): Promise<void> {
  const server = await discover(config);
  if (!server.authorization_endpoint) throw new Error('the identity provider has no authorization endpoint');
  const pending: Pending = { codeVerifier: oauth.generateRandomCodeVerifier(), state: oauth.generateRandomState() };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(server.authorization_endpoint);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', config.scope);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(pending.codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', pending.state);
  if (config.resource) url.searchParams.set('resource', config.resource);
  window.location.assign(url);
}

/** Whether this page load is the provider sending the user back (successfully or not). */
export function isSignInAnswer(url: URL): boolean {
  return url.searchParams.has('state') && (url.searchParams.has('code') || url.searchParams.has('error'));
}

/**
 * Exchanges the provider's answer for the access token, checking it answers the request this tab made (state, PKCE,
 * issuer). Throws on a refusal or a mismatch; the pending request is used once either way.
 */
export async function completeSignIn(config: SignInConfig, url: URL): Promise<ProviderTokens> {
  const stored = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (!stored) throw new Error('no sign-in was started in this tab');
  const pending = JSON.parse(stored) as Pending;
  const server = await discover(config);
  const client: oauth.Client = { client_id: config.clientId };
  const answer = oauth.validateAuthResponse(server, client, url, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    oauth.None(),
    answer,
    redirectUri(),
    pending.codeVerifier,
    tokenRequestOptions(config),
  );
  return tokensOf(await oauth.processAuthorizationCodeResponse(server, client, response));
}

/** A new access token for the refresh token (and, where the provider rotates them, the next refresh token). */
export async function renewTokens(config: SignInConfig, refreshToken: string): Promise<ProviderTokens> {
  const server = await discover(config);
  const client: oauth.Client = { client_id: config.clientId };
  const response = await oauth.refreshTokenGrantRequest(
    server,
    client,
    oauth.None(),
    refreshToken,
    tokenRequestOptions(config),
  );
  return tokensOf(await oauth.processRefreshTokenResponse(server, client, response));
}

/**
 * The provider's page that ends its session for the ID token's user and sends them back to the console (OpenID
 * Connect RP-Initiated Logout 1.0), or null when the provider has none.
 */
export async function endSessionUrl(config: SignInConfig, idToken: string): Promise<URL | null> {
  const server = await discover(config);
  if (!server.end_session_endpoint) return null;
  const url = new URL(server.end_session_endpoint);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('id_token_hint', idToken);
  url.searchParams.set('post_logout_redirect_uri', redirectUri());
  return url;
}
