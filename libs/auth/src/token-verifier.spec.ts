import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, KeyLike, SignJWT } from 'jose';
import { scopeFor, inCentreScope } from './principal';
import { signDevelopmentToken, TokenVerifier } from './token-verifier';

const secret = 'a-development-secret-of-at-least-32-chars';
const verifier = new TokenVerifier({ algorithm: 'HS256', secret, maxAgeSeconds: 3600 });
const CENTRE = '0b7c2a36-5f1e-4d8a-9c3b-2e6f4a1d9b80';

describe('TokenVerifier', () => {
  it('reads the principal from a valid token', async () => {
    const token = await signDevelopmentToken(secret, {
      sub: 'u1',
      name: 'Huda',
      roles: ['commander'],
      centres: [CENTRE],
    });
    await expect(verifier.verify(token)).resolves.toEqual({
      id: 'u1',
      name: 'Huda',
      roles: ['commander'],
      centres: [CENTRE],
    });
  });

  it('rejects an expired token with its own code', async () => {
    const token = await signDevelopmentToken(secret, {
      sub: 'u1',
      name: 'x',
      roles: ['hr'],
      expiresIn: Math.floor(Date.now() / 1000) - 10,
    });
    await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'AUTH_TOKEN_EXPIRED' });
  });

  it('rejects a token signed with another secret', async () => {
    const token = await signDevelopmentToken('another-secret-another-secret-another', {
      sub: 'u1',
      name: 'x',
      roles: ['hr'],
    });
    await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'AUTH_INVALID_TOKEN' });
  });

  it('rejects garbage and unknown roles', async () => {
    await expect(verifier.verify('not.a.token')).rejects.toMatchObject({ code: 'AUTH_INVALID_TOKEN' });
    const token = await new SignJWT({ roles: ['superuser'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(secret));
    await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'AUTH_INVALID_TOKEN' });
  });

  it('refuses a token that never expires, says nothing of when it was issued, or is older than the maximum age', async () => {
    const key = new TextEncoder().encode(secret);
    const claims = { roles: ['hr'] };
    const forever = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuedAt()
      .sign(key);
    await expect(verifier.verify(forever)).rejects.toMatchObject({ code: 'AUTH_INVALID_TOKEN' });
    const undated = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setExpirationTime('1h')
      .sign(key);
    await expect(verifier.verify(undated)).rejects.toMatchObject({ code: 'AUTH_INVALID_TOKEN' });
    const old = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime('1h')
      .sign(key);
    await expect(verifier.verify(old)).rejects.toMatchObject({ code: 'AUTH_TOKEN_EXPIRED' });
  });

  it('refuses empty or malformed centre ids, which would match records without a centre', async () => {
    for (const centres of [[''], ['centre-a'], [CENTRE, 42]]) {
      const token = await new SignJWT({ roles: ['commander'], centres })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('u1')
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(secret));
      await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'AUTH_INVALID_TOKEN' });
    }
  });

  it('refuses the "none" algorithm', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ sub: 'u1', roles: ['admin'], exp: 9999999999 })).toString('base64url');
    await expect(verifier.verify(`${header}.${body}.`)).rejects.toMatchObject({ code: 'AUTH_INVALID_TOKEN' });
  });
});

describe('centre scope', () => {
  const commander = { id: 'c', name: 'c', roles: ['commander'] as const, centres: ['centre-a'] };
  it('limits a commander to their own centres', () => {
    const scope = scopeFor(commander, ['hr', 'commander']);
    expect(inCentreScope(scope, 'centre-a')).toBe(true);
    expect(inCentreScope(scope, 'centre-b')).toBe(false);
  });
  it('gives organisation-wide scope through any other role the route allows', () => {
    const both = { ...commander, roles: ['commander', 'hr'] as const };
    expect(inCentreScope(scopeFor(both, ['hr', 'commander']), 'centre-b')).toBe(true);
    // a role the route does not allow grants nothing
    const withAuditor = { ...commander, roles: ['commander', 'auditor'] as const };
    expect(inCentreScope(scopeFor(withAuditor, ['hr', 'commander']), 'centre-b')).toBe(false);
  });
});

describe('TokenVerifier with an identity provider (RS256 + JWKS)', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: KeyLike;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'muster-test', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sign = (key: KeyLike | Uint8Array, alg: string, issuer = 'https://id.muster.example') =>
    new SignJWT({ roles: ['hr'], name: 'Rania' })
      .setProtectedHeader({ alg, kid: 'muster-test' })
      .setSubject('u-7')
      .setIssuer(issuer)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);

  it("accepts the provider's signed tokens and checks the issuer", async () => {
    const verifier = new TokenVerifier({
      algorithm: 'RS256',
      jwksUrl,
      issuer: 'https://id.muster.example',
      maxAgeSeconds: 3600,
    });
    await expect(verifier.verify(await sign(privateKey, 'RS256'))).resolves.toMatchObject({ id: 'u-7', roles: ['hr'] });
    await expect(verifier.verify(await sign(privateKey, 'RS256', 'https://elsewhere'))).rejects.toMatchObject({
      code: 'AUTH_INVALID_TOKEN',
    });
  });

  it('refuses an HS256 token made with a guessed secret when RS256 is expected', async () => {
    const verifier = new TokenVerifier({ algorithm: 'RS256', jwksUrl, maxAgeSeconds: 3600 });
    await expect(verifier.verify(await sign(new TextEncoder().encode(secret), 'HS256'))).rejects.toMatchObject({
      code: 'AUTH_INVALID_TOKEN',
    });
  });
});
