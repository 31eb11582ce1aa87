import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { getContainerRuntimeClient } from 'testcontainers';
import { postgresServerUrl } from '@muster/postgres';
import { developmentSecrets } from './dev-secrets';
import { LocalKafka, startLocalKafka } from './kafka/local-kafka';
import { adminClient, provisionKafka, replicationFactorFromEnvironment } from './kafka/provision';
import { KAFKA_ADMIN, KafkaPasswords, kafkaPasswordsFromEnvironment, newKafkaPasswords, saslOf } from './kafka/users';

export const REPO_ROOT = resolve(__dirname, '..', '..');
/** A developer's local state (git-ignored): secrets, the broker's data, service logs. */
export const LOCAL_STATE = join(REPO_ROOT, '.muster');

/** The broker `npm start` and `npm run kafka` use: the usual port, its data kept between runs. */
export function startDevelopmentKafka(log: Log): Promise<LocalKafka> {
  const passwords = developmentSecrets().KAFKA_PASSWORDS;
  return startLocalKafka({ dataDir: join(LOCAL_STATE, 'kafka'), port: 9092, passwords, log });
}

/** Muster's topics and ACLs on a broker that knows its users, as its admin. */
export function provisionLocalKafka(brokers: string, passwords: KafkaPasswords): Promise<void> {
  return provisionKafka(adminClient(brokers, saslOf(passwords, KAFKA_ADMIN)), replicationFactorFromEnvironment());
}

export interface Infrastructure {
  /** A PostgreSQL server URL (its path names the maintenance database); services and tests add their own. */
  readonly databaseUrl: string;
  readonly kafkaBrokers: string;
  /** The broker's SCRAM users: admin for provisioning and tests, one per service. */
  readonly kafkaPasswords: KafkaPasswords;
  /** One line per part: where it came from. */
  readonly description: string[];
  stop(): Promise<void>;
}

export type Purpose = 'start' | 'test';

type Log = (line: string) => void;

async function containerRuntimeAnswers(): Promise<boolean> {
  try {
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function postgresAnswers(url: string): Promise<string | undefined> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Real PostgreSQL and Kafka, chosen the same way for `npm start` and tests: the environment's (DATABASE_URL,
 * KAFKA_BROKERS) when set; for tests, containers when a container runtime answers; otherwise the local PostgreSQL and
 * the real Kafka broker run from its Maven Central jars. Fails loudly when none works.
 */
export async function provideInfrastructure(purpose: Purpose, log: Log): Promise<Infrastructure> {
  const stops: Array<() => Promise<void>> = [];
  const description: string[] = [];
  const stop = async (): Promise<void> => {
    for (const s of stops.reverse()) await s();
  };
  try {
    const useContainers = purpose === 'test' && !process.env['DATABASE_URL'] && (await containerRuntimeAnswers());

    let databaseUrl = process.env['DATABASE_URL'];
    if (databaseUrl) {
      description.push(`PostgreSQL from DATABASE_URL`);
    } else if (useContainers) {
      const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
      const container = await new PostgreSqlContainer('postgres:15-alpine').withDatabase('postgres').start();
      stops.push(async () => void (await container.stop()));
      databaseUrl = container.getConnectionUri();
      description.push(`PostgreSQL in a container (testcontainers)`);
    } else {
      databaseUrl = postgresServerUrl();
      description.push(`PostgreSQL on 127.0.0.1:5432`);
    }
    const pgProblem = await postgresAnswers(databaseUrl);
    if (pgProblem) {
      throw new Error(
        `PostgreSQL does not answer at ${new URL(databaseUrl).host} (${pgProblem}). Start it ` +
          `(pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start), or set DATABASE_URL.`,
      );
    }

    // Kafka always runs with SASL/SCRAM and ACLs; a broker from KAFKA_BROKERS must know the same users.
    const kafkaPasswords =
      purpose === 'test'
        ? (kafkaPasswordsFromEnvironment() ?? newKafkaPasswords())
        : developmentSecrets().KAFKA_PASSWORDS;
    let kafkaBrokers = process.env['KAFKA_BROKERS'];
    if (kafkaBrokers) {
      description.push(`Kafka from KAFKA_BROKERS (${kafkaBrokers})`);
    } else {
      const kafka =
        purpose === 'test'
          ? await startLocalKafka({
              dataDir: mkdtempSync(join(tmpdir(), 'muster-kafka-')),
              ephemeral: true,
              passwords: kafkaPasswords,
              log,
            })
          : await startDevelopmentKafka(log);
      stops.push(() => kafka.stop());
      kafkaBrokers = kafka.brokers;
      description.push(`Kafka 3.9.1 started locally from Maven Central jars (${kafkaBrokers}), SASL/SCRAM and ACLs`);
    }
    await provisionLocalKafka(kafkaBrokers, kafkaPasswords);
    return { databaseUrl, kafkaBrokers, kafkaPasswords, description, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
