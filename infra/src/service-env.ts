import { SERVICE_PORTS, SERVICES, ServiceName, WITNESS_PORT } from '@muster/contracts';
import { developmentDatabaseEnvironment } from './dev-databases';
import { developmentSecrets, developmentTrustedKeys } from './dev-secrets';
import { KAFKA_WITNESS, kafkaUserEnvironment } from './kafka/users';

/**
 * The environment a service runs with on a developer's machine: its own database on the given server (provisioned
 * by provisionDevelopmentDatabases).
 */
export function serviceEnvironment(
  name: ServiceName,
  postgresServerUrl: string,
  kafkaBrokers: string,
): NodeJS.ProcessEnv {
  const secrets = developmentSecrets();
  const { IDENTITY_KEK: _kek, IDENTITY_KEK_PREVIOUS: previousKek, ...inherited } = process.env;
  return {
    ...inherited,
    NODE_ENV: process.env['NODE_ENV'] ?? 'development',
    PORT: String(SERVICE_PORTS[name]),
    // Connected to as its runtime role; migrated (at start-up, or by `npm run migrate`) as its migrator.
    ...developmentDatabaseEnvironment(name, postgresServerUrl),
    KAFKA_BROKERS: kafkaBrokers,
    ...kafkaUserEnvironment(secrets.KAFKA_PASSWORDS, name),
    JWT_SECRET: secrets.JWT_SECRET,
    // Signs its log's checkpoints; only this service holds it.
    LOG_SIGNING_KEY: secrets.LOG_SIGNING_KEYS[name],
    // Only personnel holds identities: no other service gets the key that unwraps them.
    ...(name === 'personnel' ? { IDENTITY_KEK: secrets.IDENTITY_KEK } : {}),
    // The KEK being replaced, during a rotation only (docs/security.md).
    ...(name === 'personnel' && previousKek ? { IDENTITY_KEK_PREVIOUS: previousKek } : {}),
  };
}

/**
 * The witness's environment on a developer's machine: its own database, its Kafka user, its signing key, the services'
 * public keys it trusts and where their audit APIs answer. It mints its own auditor tokens with JWT_SECRET.
 */
export function witnessEnvironment(postgresServerUrl: string, kafkaBrokers: string): NodeJS.ProcessEnv {
  const secrets = developmentSecrets();
  const { IDENTITY_KEK: _kek, IDENTITY_KEK_PREVIOUS: _previous, ...inherited } = process.env;
  return {
    ...inherited,
    NODE_ENV: process.env['NODE_ENV'] ?? 'development',
    PORT: String(WITNESS_PORT),
    ...developmentDatabaseEnvironment('witness', postgresServerUrl),
    KAFKA_BROKERS: kafkaBrokers,
    ...kafkaUserEnvironment(secrets.KAFKA_PASSWORDS, KAFKA_WITNESS),
    JWT_SECRET: secrets.JWT_SECRET,
    WITNESS_SIGNING_KEY: secrets.WITNESS_SIGNING_KEY,
    WITNESS_TRUSTED_KEYS: developmentTrustedKeys(),
    WITNESS_SERVICES: JSON.stringify(
      Object.fromEntries(SERVICES.map((service) => [service, `http://127.0.0.1:${SERVICE_PORTS[service]}`])),
    ),
  };
}
