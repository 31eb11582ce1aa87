// Shared by this library's specs only (not exported): real PostgreSQL databases with the event store and messaging
// migrations, events appended through the real event store (the relay's source: the events table), and a plain
// kafkajs reader to check what actually reached the broker.
import { randomUUID } from 'node:crypto';
import { EventEnvelope, deadLetterTopicOf } from '@muster/contracts';
import { PostgresEventStore, eventStoreMigrations } from '@muster/event-store';
import { EventMetadata, RecordedEvent } from '@muster/event-sourcing';
import {
  MigratedDatabase,
  ensureTopics,
  kafkaBrokers,
  kafkaSasl,
  openMigratedDatabase,
  sleep,
  startDedicatedKafka,
  uniqueName,
  waitFor,
} from '@muster/testing';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { envelopeSql } from './envelope-sql';
import { MessagingLogger } from './logger';
import { messagingMigrations } from './migrations';

export { ensureTopics, kafkaBrokers, kafkaSasl, sleep, startDedicatedKafka, uniqueName, waitFor };

export type SpecDatabase = MigratedDatabase;

/** A fresh database migrated as a service's is: the event store's migrations, then messaging's. */
export function openDatabase(label: string): Promise<SpecDatabase> {
  return openMigratedDatabase(label, [...eventStoreMigrations, ...messagingMigrations]);
}

export const EVENT_TYPE = 'VehicleDispatched';

export function newStreamId(prefix = 'vehicle'): string {
  return `${prefix}-${randomUUID()}`;
}

export function specMetadata(): EventMetadata {
  return { actorId: 'member-7', actorRoles: ['dispatcher'], correlationId: randomUUID() };
}

/**
 * One append of `count` events through the real event store (no hooks: the production wiring) to `streamId` (a new
 * stream by default). Returns what was recorded.
 */
export async function append(
  dataSource: DataSource,
  count: number,
  streamId = newStreamId(),
): Promise<RecordedEvent[]> {
  const events = Array.from({ length: count }, (_, i) => ({ type: EVENT_TYPE, data: { odometerKm: 100 + i } }));
  const result = await new PostgresEventStore(dataSource).append(streamId, events, {
    expectedVersion: 'any',
    metadata: specMetadata(),
  });
  return [...result.events];
}

/** The envelopes the relay would send for `count` freshly appended events (built by its SQL, published by none). */
export async function appendedEnvelopes(
  dataSource: DataSource,
  count: number,
  streamId = newStreamId(),
): Promise<EventEnvelope[]> {
  await append(dataSource, count, streamId);
  const rows = (await dataSource.query(
    `SELECT ${envelopeSql('$2')} AS value FROM events e WHERE e.stream_id = $1 ORDER BY e.stream_version`,
    [streamId, 'equipment'],
  )) as { value: string }[];
  return rows.map((row) => JSON.parse(row.value) as EventEnvelope);
}

/** Moves the relay's checkpoint past every event so far, as if they were published: a spec's relay sends only its own. */
export async function skipPublished(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `UPDATE relay_checkpoint c SET transaction_id = e.transaction_id, global_position = e.global_position
       FROM (SELECT transaction_id, global_position FROM events
              ORDER BY transaction_id DESC, global_position DESC LIMIT 1) e`,
  );
}

/** The stream id of a non-empty list of events of one stream. */
export function streamIdOf(events: readonly RecordedEvent[]): string {
  const [first] = events;
  if (!first) throw new Error('no events');
  return first.streamId;
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

/** A fresh topic and its dead-letter topic, made as the admin: relays and consumers make none themselves. */
export async function newTopic(kafka: Kafka, prefix: string): Promise<string> {
  const topic = uniqueName(prefix);
  await ensureTopics(kafka, [topic, deadLetterTopicOf(topic)]);
  return topic;
}

/** A kafkajs client for specs: quiet, quick to give up, so failures show as assertion errors. */
export function specKafka(brokers: string[], retries = 3): Kafka {
  return new Kafka({
    clientId: 'messaging-spec',
    brokers,
    sasl: kafkaSasl(),
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3000,
    retry: { initialRetryTime: 100, maxRetryTime: 2000, retries },
  });
}

export const quietLogger: MessagingLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };
