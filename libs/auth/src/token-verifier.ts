import { createRemoteJWKSet, errors, JWTPayload, jwtVerify, JWTVerifyGetKey, SignJWT } from 'jose';
import { isRole, Principal, Role } from './principal';

interface TokenRules {
  readonly issuer?: string;
  readonly audience?: string;
  /** A token older than this (by its `iat`) is refused even before its `exp`: a leaked token does not live long. */
  readonly maxAgeSeconds: number;
}

/** Development signs with a shared HS256 secret; production verifies RS256 tokens against the issuer's JWKS. */
export type AuthSettings =
  | (TokenRules & { readonly algorithm: 'HS256'; readonly secret: string })
  | (TokenRules & { readonly algorithm: 'RS256'; readonly jwksUrl: string });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class TokenRejected extends Error {
  constructor(
    readonly code: 'AUTH_TOKEN_EXPIRED' | 'AUTH_INVALID_TOKEN',
    message: string,
  ) {
    super(message);
  }
}

function principalFrom(payload: JWTPayload): Principal {
  const { sub, name, roles, centres } = payload as JWTPayload & Record<string, unknown>;
  if (typeof sub !== 'string' || sub.length === 0)
    throw new TokenRejected('AUTH_INVALID_TOKEN', 'The token has no subject (sub)');
  if (!Array.isArray(roles) || !roles.every(isRole)) {
    throw new TokenRejected('AUTH_INVALID_TOKEN', 'The token\'s "roles" claim must list Muster roles');
  }
  // An empty or malformed centre id would match records that have no centre: refused, not read as "no scope".
  if (
    centres !== undefined &&
    !(Array.isArray(centres) && centres.every((c) => typeof c === 'string' && UUID.test(c)))
  ) {
    throw new TokenRejected('AUTH_INVALID_TOKEN', 'The token\'s "centres" claim must list centre ids');
  }
  return {
    id: sub,
    name: typeof name === 'string' ? name : sub,
    roles: roles as Role[],
    centres: (centres as string[] | undefined) ?? [],
  };
}

export class TokenVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;

  constructor(private readonly settings: AuthSettings) {
    this.key =
      settings.algorithm === 'HS256'
        ? new TextEncoder().encode(settings.secret)
        : createRemoteJWKSet(new URL(settings.jwksUrl));
  }

  async verify(token: string): Promise<Principal> {
    try {
      const options = {
        algorithms: [this.settings.algorithm],
        requiredClaims: ['exp', 'iat'],
        maxTokenAge: this.settings.maxAgeSeconds,
        ...(this.settings.issuer ? { issuer: this.settings.issuer } : {}),
        ...(this.settings.audience ? { audience: this.settings.audience } : {}),
      };
      const { payload } =
        this.key instanceof Uint8Array
          ? await jwtVerify(token, this.key, options)
          : await jwtVerify(token, this.key, options);
      return principalFrom(payload);
    } catch (error) {
      if (error instanceof TokenRejected) throw error;
      if (error instanceof errors.JWTExpired)
        throw new TokenRejected('AUTH_TOKEN_EXPIRED', 'The bearer token has expired');
      if (error instanceof errors.JWTClaimValidationFailed && (error.claim === 'exp' || error.claim === 'iat'))
        throw new TokenRejected(
          'AUTH_INVALID_TOKEN',
          'The bearer token must say when it was issued and when it expires',
        );
      throw new TokenRejected('AUTH_INVALID_TOKEN', 'The bearer token is not valid');
    }
  }
}

export interface DevelopmentTokenClaims {
  readonly sub: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly centres?: readonly string[];
  /** e.g. '8h', '15m'; expired tokens are useful in tests. */
  readonly expiresIn?: string | number;
}

/** An HS256 token for development and tests; production tokens come from the organisation's identity provider. */
export async function signDevelopmentToken(secret: string, claims: DevelopmentTokenClaims): Promise<string> {
  return new SignJWT({ name: claims.name, roles: [...claims.roles], centres: [...(claims.centres ?? [])] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(secret));
}
