import { ConfigurationError, loadEnvironment, ServiceEnvironment } from './environment';

const valid = {
  PORT: '3001',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/muster_personnel',
  KAFKA_BROKERS: '127.0.0.1:9092',
  JWT_SECRET: 'x'.repeat(32),
  LOG_SIGNING_KEY: 'a-key-checked-when-the-signer-is-made',
};

function problems(env: Record<string, string>): string[] {
  try {
    loadEnvironment(ServiceEnvironment, env);
    return [];
  } catch (error) {
    if (error instanceof ConfigurationError) return [...error.problems];
    throw error;
  }
}

describe('service environment', () => {
  it('accepts a complete environment and fills defaults', () => {
    const env = loadEnvironment(ServiceEnvironment, valid);
    expect(env.PORT).toBe(3001);
    expect(env.LOG_LEVEL).toBe('info');
    expect(env.BODY_LIMIT_KB).toBe(256);
    expect(env.DATABASE_POOL_MIN).toBe(4);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x/y'],
    ['KAFKA_BROKERS', 'localhost'],
    ['JWT_SECRET', 'short'],
    ['LOG_LEVEL', 'loud'],
    ['DATABASE_POOL_MIN', '11'],
    ['DATABASE_POOL_MIN', '-1'],
  ])('names %s when it is %p', (name, value) => {
    expect(problems({ ...valid, [name]: value }).join('\n')).toContain(name);
  });

  it('names every missing setting', () => {
    const found = problems({}).join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'KAFKA_BROKERS', 'JWT_SECRET', 'LOG_SIGNING_KEY'])
      expect(found).toContain(name);
  });

  it('takes a migrator for the same database, and an administrator only beside a migrator', () => {
    const migrator = 'postgres://muster_personnel_migrator:pw@127.0.0.1:5432/muster_personnel';
    expect(problems({ ...valid, DATABASE_MIGRATION_URL: migrator })).toEqual([]);
    expect(
      problems({ ...valid, DATABASE_MIGRATION_URL: 'postgres://m:pw@127.0.0.1:5432/muster_centres' }).join('\n'),
    ).toContain('DATABASE_MIGRATION_URL must name the same server and database');
    const admin = 'postgres://postgres:pw@127.0.0.1:5432/postgres';
    expect(problems({ ...valid, DATABASE_ADMIN_URL: admin }).join('\n')).toContain('DATABASE_ADMIN_URL needs');
    expect(problems({ ...valid, DATABASE_MIGRATION_URL: migrator, DATABASE_ADMIN_URL: admin })).toEqual([]);
  });

  it('does not need JWT_SECRET when tokens are verified with a JWKS', () => {
    const { JWT_SECRET: _unused, ...rest } = valid;
    expect(problems({ ...rest, JWT_JWKS_URL: 'https://id.example.org/.well-known/jwks.json' })).toEqual([]);
  });

  it('in production accepts only RS256 tokens from an https JWKS, with issuer and audience', () => {
    const production = { ...valid, NODE_ENV: 'production' };
    const found = problems(production).join('\n');
    for (const name of ['JWT_SECRET must not be set', 'JWT_JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE'])
      expect(found).toContain(name);
    const { JWT_SECRET: _unused, ...rest } = production;
    const provider = { JWT_ISSUER: 'https://id.example.org', JWT_AUDIENCE: 'muster' };
    expect(problems({ ...rest, ...provider, JWT_JWKS_URL: 'http://id.example.org/jwks.json' }).join('\n')).toContain(
      'https JWKS URL',
    );
    const kafka = { KAFKA_USERNAME: 'personnel', KAFKA_PASSWORD: 'secret' };
    expect(problems({ ...rest, ...provider, ...kafka, JWT_JWKS_URL: 'https://id.example.org/jwks.json' })).toEqual([]);
  });

  it("in production signs in to Kafka as the service's own user", () => {
    const production = {
      ...valid,
      JWT_SECRET: '',
      NODE_ENV: 'production',
      JWT_JWKS_URL: 'https://id.example.org/jwks.json',
      JWT_ISSUER: 'https://id.example.org',
      JWT_AUDIENCE: 'muster',
    };
    expect(problems(production).join('\n')).toContain('KAFKA_USERNAME and KAFKA_PASSWORD');
    expect(problems({ ...production, KAFKA_USERNAME: 'personnel' }).join('\n')).toContain('KAFKA_PASSWORD is required');
    expect(problems({ ...production, KAFKA_USERNAME: 'personnel', KAFKA_PASSWORD: 'secret' })).toEqual([]);
    expect(problems({ ...valid, KAFKA_SASL_MECHANISM: 'plain' }).join('\n')).toContain('KAFKA_SASL_MECHANISM');
  });
});
