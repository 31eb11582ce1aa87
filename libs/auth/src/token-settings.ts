import { AuthSettings } from './token-verifier';

/** The JWT_* settings every Muster process that verifies tokens is given (a service, the witness). */
export interface TokenEnvironment {
  readonly JWT_SECRET?: string;
  readonly JWT_JWKS_URL?: string;
  readonly JWT_ISSUER?: string;
  readonly JWT_AUDIENCE?: string;
  readonly JWT_MAX_AGE_MINUTES: number;
}

/** How tokens are verified: the identity provider's RS256 tokens when JWT_JWKS_URL is set, development's HS256 else. */
export function authSettingsFrom(env: TokenEnvironment): AuthSettings {
  const claims = {
    maxAgeSeconds: env.JWT_MAX_AGE_MINUTES * 60,
    ...(env.JWT_ISSUER ? { issuer: env.JWT_ISSUER } : {}),
    ...(env.JWT_AUDIENCE ? { audience: env.JWT_AUDIENCE } : {}),
  };
  return env.JWT_JWKS_URL
    ? { algorithm: 'RS256', jwksUrl: env.JWT_JWKS_URL, ...claims }
    : { algorithm: 'HS256', secret: env.JWT_SECRET ?? '', ...claims };
}

/**
 * What production refuses: it trusts only the organisation's identity provider — RS256 tokens from a JWKS over https,
 * for this issuer and audience. A shared HS256 secret (how development signs) would let anyone holding it mint an
 * admin.
 */
export function productionTokenProblems(env: TokenEnvironment): string[] {
  const problems: string[] = [];
  if (env.JWT_SECRET !== undefined)
    problems.push(
      'JWT_SECRET must not be set in production: HS256 development tokens are accepted only in development',
    );
  if (!env.JWT_JWKS_URL?.startsWith('https://'))
    problems.push("JWT_JWKS_URL must be the identity provider's https JWKS URL in production");
  if (!env.JWT_ISSUER) problems.push('JWT_ISSUER is required in production');
  if (!env.JWT_AUDIENCE) problems.push('JWT_AUDIENCE is required in production');
  return problems;
}
