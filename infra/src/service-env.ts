import { SERVICE_PORTS, ServiceName } from '@muster/contracts';
import { developmentDatabaseEnvironment } from './dev-databases';
import { developmentSecrets } from './dev-secrets';
import { kafkaUserEnvironment } from './kafka/users';

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
    // Only personnel holds identities: no other service gets the key that unwraps them.
    ...(name === 'personnel' ? { IDENTITY_KEK: secrets.IDENTITY_KEK } : {}),
    // The KEK being replaced, during a rotation only (docs/security.md).
    ...(name === 'personnel' && previousKek ? { IDENTITY_KEK_PREVIOUS: previousKek } : {}),
  };
}
