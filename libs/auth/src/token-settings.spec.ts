import { authSettingsFrom, productionTokenProblems } from './token-settings';

const SECRET = 'a-development-secret-of-at-least-32-chars';

describe('token settings from the environment', () => {
  it('verifies development tokens with the shared secret, and nothing else', () => {
    expect(authSettingsFrom({ JWT_SECRET: SECRET, JWT_MAX_AGE_MINUTES: 60 })).toEqual({
      algorithm: 'HS256',
      secret: SECRET,
      maxAgeSeconds: 3600,
    });
  });

  it("verifies the identity provider's tokens once JWT_JWKS_URL is set, for the issuer and audience given", () => {
    const env = {
      JWT_JWKS_URL: 'https://id.example.org/jwks',
      JWT_ISSUER: 'https://id.example.org',
      JWT_AUDIENCE: 'muster',
      JWT_MAX_AGE_MINUTES: 720,
    };
    expect(authSettingsFrom(env)).toEqual({
      algorithm: 'RS256',
      jwksUrl: 'https://id.example.org/jwks',
      issuer: 'https://id.example.org',
      audience: 'muster',
      maxAgeSeconds: 43_200,
    });
    expect(productionTokenProblems(env)).toEqual([]);
  });

  it('refuses in production a shared secret, a JWKS not over https, and a missing issuer or audience', () => {
    expect(
      productionTokenProblems({
        JWT_SECRET: SECRET,
        JWT_JWKS_URL: 'http://id.example.org/jwks',
        JWT_MAX_AGE_MINUTES: 60,
      }),
    ).toEqual([
      'JWT_SECRET must not be set in production: HS256 development tokens are accepted only in development',
      "JWT_JWKS_URL must be the identity provider's https JWKS URL in production",
      'JWT_ISSUER is required in production',
      'JWT_AUDIENCE is required in production',
    ]);
  });
});
