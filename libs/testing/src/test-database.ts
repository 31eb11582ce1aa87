import { randomBytes } from 'node:crypto';
import { databaseUrl, dropDatabase, ensureDatabase } from '@muster/postgres';
import {
  KAFKA_ADMIN,
  KafkaPasswords,
  KafkaUser,
  kafkaPasswordsFromEnvironment,
  kafkaUserEnvironment,
  saslOf,
} from '@muster/infra';
import { ServiceName } from '@muster/contracts';
import { Kafka, SASLOptions, logLevel } from 'kafkajs';

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set: run tests through Jest, whose global setup provides PostgreSQL');
  return url;
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

/** Tests' own clients sign in as the admin (topics, ACL-free reads); a test of one service's rights names it. */
export function kafkaSasl(user: KafkaUser = KAFKA_ADMIN): SASLOptions {
  return saslOf(kafkaPasswords(), user);
}

/** A quiet client for a test's own reads and writes, as the admin, on the suite's broker or the one given. */
export function testKafka(clientId: string, brokers: string[] = kafkaBrokers()): Kafka {
  return new Kafka({ clientId, brokers, sasl: kafkaSasl(), logLevel: logLevel.NOTHING });
}
