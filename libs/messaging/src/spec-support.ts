// Shared by this library's specs only (not exported): real PostgreSQL databases, hand-made recorded events,
// and a plain kafkajs reader to check what actually reached the broker.
import { randomUUID } from 'node:crypto';
import { ServiceName } from '@muster/contracts';
import type { SqlTransaction } from '@muster/event-store';
import { RecordedEvent } from '@muster/event-sourcing';
// Spec-only edge: @muster/testing depends (through platform) on this library, which the graph sees as a cycle.
import { createTestDatabase, kafkaBrokers, startDedicatedKafka, uniqueName } from '@muster/testing';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource, EntityManager } from 'typeorm';
import { MessagingLogger } from './logger';
import { messagingMigrations } from './migrations';
import { outboxHook } from './outbox-hook';

export { kafkaBrokers, startDedicatedKafka, uniqueName };

export interface SpecDatabase {
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

export async function openDatabase(label: string): Promise<SpecDatabase> {
  const database = await createTestDatabase(label);
  const dataSource = new DataSource({ type: 'postgres', url: database.url, migrations: messagingMigrations });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    dataSource,
    async close() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

export function sqlOf(manager: EntityManager): SqlTransaction {
  return {
    query: async <Row>(sql: string, parameters?: readonly unknown[]) =>
      (await manager.query(sql, parameters ? [...parameters] : undefined)) as Row[],
  };
}

let position = 0;

/** A stored event as the event store would hand it to its hooks. */
export function recordedEvent(
  streamId: string,
  streamVersion: number,
  data: object = { n: streamVersion },
): RecordedEvent {
  position += 1;
  return {
    id: randomUUID(),
    streamId,
    streamType: streamId.slice(0, streamId.indexOf('-')),
    streamVersion,
    globalPosition: String(position),
    type: 'VehicleDispatched',
    schemaVersion: 1,
    data,
    metadata: { actorId: 'member-7', actorRoles: ['dispatcher'], correlationId: randomUUID() },
    occurredAt: '2025-10-01T08:00:00.000Z',
    recordedAt: new Date().toISOString(),
    hash: `hash-${position}`,
    previousHash: null,
  };
}

/** `count` events of one new stream, versions 1..count. */
export function streamOf(count: number, prefix = 'vehicle'): RecordedEvent[] {
  const streamId = `${prefix}-${randomUUID()}`;
  return Array.from({ length: count }, (_, i) => recordedEvent(streamId, i + 1));
}

/** An append as the event store does it: the outbox hook inside the transaction. */
export async function append(
  dataSource: DataSource,
  topic: string,
  events: readonly RecordedEvent[],
  source: ServiceName = 'equipment',
): Promise<void> {
  await dataSource.transaction((manager) => outboxHook(source, { topic }).onAppended(events, sqlOf(manager)));
}

export interface ReadMessage {
  readonly key: string;
  readonly value: Record<string, unknown>;
  readonly headers: Record<string, string>;
  readonly partition: number;
  readonly offset: string;
}

/** Reads a topic from its start with a fresh group until `count` messages arrived (or fails after timeoutMs). */
export async function readTopic(
  kafka: Kafka,
  topic: string,
  count: number,
  timeoutMs = 30_000,
): Promise<ReadMessage[]> {
  await waitForTopic(kafka, topic, timeoutMs);
  const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}`, allowAutoTopicCreation: false });
  const messages: ReadMessage[] = [];
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`read ${messages.length} of ${count} messages from ${topic} in ${timeoutMs} ms`)),
        timeoutMs,
      );
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = String(value);
          messages.push({
            key: message.key?.toString() ?? '',
            value: parsed(message.value?.toString() ?? ''),
            headers,
            partition,
            offset: message.offset,
          });
          if (messages.length >= count) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

/** Dead letters may hold anything: what is not a JSON object is kept as `{ raw }`. */
function parsed(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : { raw: text };
  } catch {
    return { raw: text };
  }
}

/** The relay creates topics on first publish; a reader must not race it (nor auto-create the topic itself). */
export async function waitForTopic(kafka: Kafka, topic: string, timeoutMs = 30_000): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await waitFor(async () => (await admin.listTopics()).includes(topic), timeoutMs, `topic ${topic}`);
  } finally {
    await admin.disconnect();
  }
}

/** A kafkajs client for specs: quiet, quick to give up, so failures show as assertion errors. */
export function specKafka(brokers: string[], retries = 3): Kafka {
  return new Kafka({
    clientId: 'messaging-spec',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3000,
    retry: { initialRetryTime: 100, maxRetryTime: 2000, retries },
  });
}

export const quietLogger: MessagingLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

export async function waitFor(
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
