import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  KAFKA_PASSWORDS_VARIABLE,
  KafkaPasswords,
  LocalKafka,
  kafkaPasswordsFromEnvironment,
  newKafkaPasswords,
  provisionLocalKafka,
  startLocalKafka,
} from '@muster/infra';

export interface RestartableKafka {
  readonly brokers: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops for good and removes its data. */
  dispose(): Promise<void>;
}

/** Outside Jest (the benches) no broker's users exist yet: this process makes them, for its helpers and services. */
function madeHere(): KafkaPasswords {
  const passwords = newKafkaPasswords();
  process.env[KAFKA_PASSWORDS_VARIABLE] = JSON.stringify(passwords);
  return passwords;
}

/**
 * A broker of the test's own, for tests that stop and restart Kafka (the shared one must stay up for the others).
 * It keeps its data and port across a restart, as a real outage would.
 */
export async function startDedicatedKafka(): Promise<RestartableKafka> {
  const dataDir = mkdtempSync(join(tmpdir(), 'muster-kafka-dedicated-'));
  // The same users as the shared broker's, so the same helpers sign in to either.
  const passwords = kafkaPasswordsFromEnvironment() ?? madeHere();
  let broker: LocalKafka | undefined = await startLocalKafka({ dataDir, passwords });
  await provisionLocalKafka(broker.brokers, passwords);
  const port = Number(broker.brokers.split(':')[1]);
  const brokers = broker.brokers;
  return {
    brokers,
    async stop() {
      await broker?.stop();
      broker = undefined;
    },
    async start() {
      broker ??= await startLocalKafka({ dataDir, port, passwords });
    },
    async dispose() {
      await broker?.stop();
      broker = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
