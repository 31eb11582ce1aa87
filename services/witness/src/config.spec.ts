import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { publicKeyEntry } from '@muster/log-proofs';
import { configFrom } from './config';

const signingKey = generateKeyPairSync('ed25519').privateKey;
const development = {
  DATABASE_URL: 'postgres://witness@127.0.0.1:5432/muster_witness',
  KAFKA_BROKERS: '127.0.0.1:9092',
  JWT_SECRET: 'a-development-secret-of-at-least-32-chars',
  WITNESS_SIGNING_KEY: signingKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  WITNESS_TRUSTED_KEYS: JSON.stringify({
    keys: [publicKeyEntry('muster/personnel', createPublicKey(generateKeyPairSync('ed25519').privateKey))],
  }),
  WITNESS_SERVICES: '{ "personnel": "http://127.0.0.1:3001/" }',
};

describe("the witness's configuration", () => {
  it('in development: its defaults, the services it audits, its own auditor tokens', () => {
    const config = configFrom(development);
    expect(config).toMatchObject({
      port: 3009,
      consumerGroup: 'muster-witness',
      auditIntervalMs: 600_000,
      services: { personnel: 'http://127.0.0.1:3001' },
      auditToken: { kind: 'development' },
      auth: { algorithm: 'HS256' },
    });
    expect(config.trustedKeys.map((key) => key.name)).toEqual(['muster/personnel']);
  });

  it('in production: the identity provider only, and the audit token it was given', () => {
    const { JWT_SECRET: _secret, ...withoutSecret } = development;
    const production = {
      ...withoutSecret,
      NODE_ENV: 'production',
      JWT_JWKS_URL: 'https://id.example.org/jwks',
      JWT_ISSUER: 'https://id.example.org',
      JWT_AUDIENCE: 'muster',
    };
    // The services' rules: no shared secret, a JWKS over https, an issuer and an audience.
    expect(() => configFrom({ ...production, JWT_SECRET: development.JWT_SECRET })).toThrow(/JWT_SECRET must not/);
    expect(() => configFrom({ ...production, JWT_JWKS_URL: 'http://id.example.org/jwks' })).toThrow(/https/);
    expect(() => configFrom({ ...production, JWT_AUDIENCE: '' })).toThrow(/JWT_AUDIENCE is required/);
    expect(() => configFrom(production)).toThrow(/WITNESS_AUDIT_TOKEN/);
    expect(configFrom({ ...production, WITNESS_AUDIT_TOKEN: 'token' })).toMatchObject({
      auditToken: { kind: 'given', token: 'token' },
      auth: { algorithm: 'RS256' },
    });
  });

  it('refuses what it cannot use, naming the variable and never its value', () => {
    expect(() => configFrom({ ...development, WITNESS_SERVICES: '{ "payroll": "http://x" }' })).toThrow(/payroll/);
    expect(() => configFrom({ ...development, WITNESS_AUDIT_INTERVAL_MS: '0' })).toThrow(/WITNESS_AUDIT_INTERVAL_MS/);
    const badKey = 'bm90IGEga2V5';
    expect(() => configFrom({ ...development, WITNESS_SIGNING_KEY: badKey })).toThrow(/WITNESS_SIGNING_KEY/);
    expect(() => configFrom({ ...development, WITNESS_SIGNING_KEY: badKey })).not.toThrow(new RegExp(badKey));
  });
});
