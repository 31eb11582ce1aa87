import { randomBytes } from 'node:crypto';
import { SERVICES, ServiceName } from '@muster/contracts';
import { SASLOptions } from 'kafkajs';

/** The broker's super user: provisioning (topics, ACLs), its own inter-broker traffic and tests' admin clients. */
export const KAFKA_ADMIN = 'admin';
/** The witness: reads every service's checkpoints, writes its countersignatures (docs/audit.md). */
export const KAFKA_WITNESS = 'witness';
/** Whoever signs in with a Kafka identity other than admin: a service, or the witness. */
export type KafkaClientUser = ServiceName | typeof KAFKA_WITNESS;
export type KafkaUser = typeof KAFKA_ADMIN | KafkaClientUser;
export const KAFKA_USERS: readonly KafkaUser[] = [KAFKA_ADMIN, ...SERVICES, KAFKA_WITNESS];

/** SCRAM-SHA-512: the password never crosses the wire, and the broker stores only salted hashes of it. */
export const SCRAM_MECHANISM = 'scram-sha-512';

export type KafkaPasswords = Readonly<Record<KafkaUser, string>>;

export function newKafkaPasswords(): KafkaPasswords {
  return Object.fromEntries(KAFKA_USERS.map((user) => [user, randomBytes(24).toString('base64url')])) as Record<
    KafkaUser,
    string
  >;
}

export function saslOf(passwords: KafkaPasswords, user: KafkaUser): SASLOptions {
  return { mechanism: SCRAM_MECHANISM, username: user, password: passwords[user] };
}

/** A service's (or the witness's) own Kafka identity, in the variables its environment reads. */
export function kafkaUserEnvironment(passwords: KafkaPasswords, user: KafkaClientUser): Record<string, string> {
  return { KAFKA_SASL_MECHANISM: SCRAM_MECHANISM, KAFKA_USERNAME: user, KAFKA_PASSWORD: passwords[user] };
}

/** How Jest's global setup hands the users of the broker it provided to the test workers and their services. */
export const KAFKA_PASSWORDS_VARIABLE = 'MUSTER_KAFKA_PASSWORDS';

export function kafkaPasswordsFromEnvironment(env: NodeJS.ProcessEnv = process.env): KafkaPasswords | undefined {
  const value = env[KAFKA_PASSWORDS_VARIABLE];
  return value ? (JSON.parse(value) as KafkaPasswords) : undefined;
}
