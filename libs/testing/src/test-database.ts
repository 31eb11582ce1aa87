import { newSigningKey } from '@muster/log-proofs';
import { randomBytes } from 'node:crypto';
import {
  databaseUrl,
  dropDatabase,
  ensureDatabase,
  provisionServiceDatabase,
  ServiceRoles,
  serviceRoles,
} from '@muster/postgres';
import {
  KAFKA_ADMIN,
  KAFKA_WITNESS,
  KafkaPasswords,
  KafkaUser,
  kafkaPasswordsFromEnvironment,
  kafkaUserEnvironment,
  saslOf,
} from '@muster/infra';
import { ServiceName } from '@muster/contracts';
import { Kafka, SASLOptions, logLevel } from 'kafkajs';

export interface TestDatabase {
  /** The administrator's URL: for a test's own checks and set-up, with every right. */
  readonly url: string;
  drop(): Promise<void>;
}

/** A service's database as production has it: owned by its migrator, the service connecting as its runtime role. */
export interface ServiceTestDatabase extends TestDatabase {
  /**
   * What the service is started with: DATABASE_URL (runtime role) and DATABASE_MIGRATION_URL (migrator), and a log
   * of its own — a fresh signing key and a log name no other test's instance of the service shares (its checkpoints
   * go to the same topic).
   */
  readonly serviceEnv: {
    readonly DATABASE_URL: string;
    readonly DATABASE_MIGRATION_URL: string;
    readonly LOG_SIGNING_KEY: string;
    readonly LOG_NAME: string;
  };
}

let server: string | undefined;

function serverUrl(): string {
  // Read once: a service started in-process replaces DATABASE_URL with its runtime role's URL.
  server ??= process.env['DATABASE_URL'];
  if (!server)
    throw new Error('DATABASE_URL is not set: run tests through Jest, whose global setup provides PostgreSQL');
  return server;
}

/** A fresh database on the real PostgreSQL server, for one test file: no test sees another's rows. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `muster_t_${label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const url = databaseUrl(serverUrl(), name);
  await ensureDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}

// Tests' roles are their own (muster_t_<service>_…), never the development ones a running `npm start` uses, and their
// password is fixed: parallel workers share the roles, so none may change it under another.
const TEST_ROLE_PASSWORD = 'muster-test-role-password';

/** The test roles of a service: `muster_t_<service>_migrator` and `muster_t_<service>_runtime`. */
export function testServiceRoles(service: string): ServiceRoles {
  return serviceRoles(`muster_t_${service}`, () => TEST_ROLE_PASSWORD);
}

/**
 * A fresh database for one of the services, provisioned as `npm start` provisions the real ones: the service's test
 * migrator owns it, its test runtime role alone may connect besides, with the grants the migrations leave.
 */
export async function createServiceTestDatabase(
  service: string,
  label: string = service,
): Promise<ServiceTestDatabase> {
  const database = await createTestDatabase(label);
  const name = new URL(database.url).pathname.slice(1);
  const urls = await provisionServiceDatabase(serverUrl(), name, testServiceRoles(service));
  return {
    ...database,
    serviceEnv: {
      DATABASE_URL: urls.runtimeUrl,
      DATABASE_MIGRATION_URL: urls.migrationUrl,
      LOG_SIGNING_KEY: newSigningKey().pkcs8Base64,
      LOG_NAME: `muster/${name.replace(/_/g, '-')}`,
    },
  };
}

/** A name no other test run uses: topics, consumer groups, stream ids. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

export function kafkaBrokers(): string[] {
  const brokers = process.env['KAFKA_BROKERS'];
  if (!brokers) throw new Error('KAFKA_BROKERS is not set: run tests through Jest, whose global setup provides Kafka');
  return brokers.split(',');
}

/** The SCRAM users of the broker Jest's global setup provided. */
export function kafkaPasswords(): KafkaPasswords {
  const passwords = kafkaPasswordsFromEnvironment();
  if (!passwords)
    throw new Error('The Kafka users are not set: run tests through Jest, whose global setup provides Kafka');
  return passwords;
}

/** A service under test signs in as its own user, so it runs under the real ACLs. */
export function serviceKafkaEnvironment(service: ServiceName): Record<string, string> {
  return kafkaUserEnvironment(kafkaPasswords(), service);
}

/** The witness under test signs in as its own user: it reads checkpoints and writes countersignatures only. */
export function witnessKafkaEnvironment(): Record<string, string> {
  return kafkaUserEnvironment(kafkaPasswords(), KAFKA_WITNESS);
}

/** Tests' own clients sign in as the admin (topics, ACL-free reads); a test of one service's rights names it. */
export function kafkaSasl(user: KafkaUser = KAFKA_ADMIN): SASLOptions {
  return saslOf(kafkaPasswords(), user);
}

/** A quiet client for a test's own reads and writes, as the admin, on the suite's broker or the one given. */
export function testKafka(clientId: string, brokers: string[] = kafkaBrokers()): Kafka {
  return new Kafka({ clientId, brokers, sasl: kafkaSasl(), logLevel: logLevel.NOTHING });
}
