import { KeyObject } from 'node:crypto';
import { AuthSettings, authSettingsFrom, productionTokenProblems, TokenEnvironment } from '@muster/auth';
import { SERVICES, ServiceName, WITNESS_NAME, WITNESS_PORT } from '@muster/contracts';
import { PublicKeyEntry, parsePublicKeys, privateKeyFromBase64 } from '@muster/log-proofs';
import { SASLOptions } from 'kafkajs';

/** Its database: used as DATABASE_URL's role; made and migrated as the owner, when it is given. */
export interface WitnessDatabase {
  readonly url: string;
  /** DATABASE_MIGRATION_URL: the database's owner, which makes the tables and grants DATABASE_URL's role their use. */
  readonly migrationUrl: string | undefined;
  /** DATABASE_ADMIN_URL: with it, the roles and the database are made first (a deployment's one-shot `migrate`). */
  readonly adminUrl: string | undefined;
}

/** Everything the witness is told by its environment, checked once at start-up. */
export interface WitnessConfig {
  readonly host: string;
  readonly port: number;
  readonly database: WitnessDatabase;
  readonly kafkaBrokers: string[];
  readonly kafkaSasl: SASLOptions | undefined;
  readonly consumerGroup: string;
  /** The services' public keys: the only signatures it accepts on checkpoints. */
  readonly trustedKeys: readonly PublicKeyEntry[];
  readonly signingKey: KeyObject;
  /** Whose logs it audits, and where their audit API answers. */
  readonly services: Readonly<Partial<Record<ServiceName, string>>>;
  readonly auditIntervalMs: number;
  /** How it signs in to the services' audit APIs: its own development token, or the one it was given. */
  readonly auditToken:
    { readonly kind: 'development'; readonly secret: string } | { readonly kind: 'given'; readonly token: string };
  /** Who may call its own API. */
  readonly auth: AuthSettings;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The witness signs in to Kafka as its own SCRAM user, like the services. */
const SCRAM = 'scram-sha-512';

function fail(message: string): never {
  throw new Error(message);
}

function required(env: Env, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

function wholeNumber(env: Env, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number, not "${value}"`);
  return Number(value);
}

/** At least a second: an interval of 0 would audit without pause. */
function auditInterval(env: Env): number {
  const ms = wholeNumber(env, 'WITNESS_AUDIT_INTERVAL_MS', 600_000);
  if (ms < 1000) throw new Error('WITNESS_AUDIT_INTERVAL_MS must be at least 1000');
  return ms;
}

function servicesFrom(text: string): Partial<Record<ServiceName, string>> {
  const parsed = JSON.parse(text) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('WITNESS_SERVICES must be a JSON object { "<service>": "<base URL>" }');
  const services: Partial<Record<ServiceName, string>> = {};
  for (const [name, url] of Object.entries(parsed)) {
    if (!(SERVICES as readonly string[]).includes(name))
      throw new Error(`WITNESS_SERVICES names "${name}", no service`);
    if (typeof url !== 'string' || !/^https?:\/\//.test(url))
      throw new Error(`WITNESS_SERVICES gives ${name} "${String(url)}", not an http(s) URL`);
    services[name as ServiceName] = url.replace(/\/+$/, '');
  }
  return services;
}

export function databaseFrom(env: Env): WitnessDatabase {
  return {
    url: required(env, 'DATABASE_URL'),
    migrationUrl: env['DATABASE_MIGRATION_URL'] || undefined,
    adminUrl: env['DATABASE_ADMIN_URL'] || undefined,
  };
}

/**
 * Development: HS256 tokens signed with JWT_SECRET, the witness minting its own auditor token with it. Production
 * (JWT_JWKS_URL): the identity provider's RS256 tokens, and WITNESS_AUDIT_TOKEN, which a deployment obtains from the
 * identity provider by the client-credentials grant and renews (not built here).
 */
export function configFrom(env: Env): WitnessConfig {
  const secret = env['JWT_SECRET'];
  const tokens: TokenEnvironment = {
    JWT_MAX_AGE_MINUTES: wholeNumber(env, 'JWT_MAX_AGE_MINUTES', 12 * 60),
    ...(secret !== undefined ? { JWT_SECRET: secret } : {}),
    ...(env['JWT_JWKS_URL'] ? { JWT_JWKS_URL: env['JWT_JWKS_URL'] } : {}),
    ...(env['JWT_ISSUER'] ? { JWT_ISSUER: env['JWT_ISSUER'] } : {}),
    ...(env['JWT_AUDIENCE'] ? { JWT_AUDIENCE: env['JWT_AUDIENCE'] } : {}),
  };
  const problems = env['NODE_ENV'] === 'production' ? productionTokenProblems(tokens) : [];
  if (problems.length > 0) throw new Error(problems.join('; '));
  if (secret !== undefined && secret.length < 32) throw new Error('JWT_SECRET must be at least 32 characters');
  if (!tokens.JWT_JWKS_URL && !secret) throw new Error('JWT_SECRET is required unless JWT_JWKS_URL is set');
  const auth = authSettingsFrom(tokens);
  const givenToken = env['WITNESS_AUDIT_TOKEN'];
  const auditToken: WitnessConfig['auditToken'] = givenToken
    ? { kind: 'given', token: givenToken }
    : secret
      ? { kind: 'development', secret }
      : fail('WITNESS_AUDIT_TOKEN is required when JWT_SECRET is not set');

  const username = env['KAFKA_USERNAME'];
  if ((env['KAFKA_SASL_MECHANISM'] ?? SCRAM) !== SCRAM) throw new Error(`KAFKA_SASL_MECHANISM must be ${SCRAM}`);
  return {
    host: env['HOST'] || '127.0.0.1',
    port: wholeNumber(env, 'PORT', WITNESS_PORT),
    database: databaseFrom(env),
    kafkaBrokers: required(env, 'KAFKA_BROKERS').split(','),
    kafkaSasl: username ? { mechanism: SCRAM, username, password: required(env, 'KAFKA_PASSWORD') } : undefined,
    consumerGroup: env['KAFKA_CONSUMER_GROUP'] || WITNESS_NAME,
    trustedKeys: parsePublicKeys(required(env, 'WITNESS_TRUSTED_KEYS')),
    signingKey: privateKeyFromBase64(required(env, 'WITNESS_SIGNING_KEY'), 'WITNESS_SIGNING_KEY'),
    services: servicesFrom(env['WITNESS_SERVICES'] ?? '{}'),
    auditIntervalMs: auditInterval(env),
    auditToken,
    auth,
  };
}
