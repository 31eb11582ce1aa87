import { ensureTopics } from '@muster/infra';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { EVENT_HEADERS } from '@muster/contracts';
import { Kafka, Message } from 'kafkajs';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '@muster/event-store';
import { OutboxRelay, connectProducer, createKafka, envelopeSql } from '@muster/messaging';
import { kafkaSasl } from '@muster/testing';
import { inParallel } from '../contenders/contender';
import { openMusterDataSource, skipToEnd } from '../contenders/muster';
import { EVENT_TYPE, eventData, eventMetadata, memberStreamId } from '../payload';
import { RelayResult, Sample } from '../protocol';
import { quietRelayLogger as quiet } from '../quiet-logger';

/** Events per append while filling the backlog (untimed); each append is a stream of its own, so keys spread. */
const FILL_BATCH = 20;
const RELAY_TIMEOUT_MS = 180_000;

export interface RelayTask {
  readonly databaseUrl: string;
  readonly kafkaBrokers: string;
  readonly poolSize: number;
  readonly messages: number;
  readonly batchSize: number;
  readonly relayFirst: boolean;
}

/**
 * Appends `messages` events through the store (untimed) past the relay's checkpoint, then times:
 *  - the OutboxRelay publishing them to a fresh topic, from start() until its checkpoint passes the last one
 *    (then `lag().pending` is checked to be 0);
 *  - raw kafkajs producing the same messages (same keys, values and headers) to another fresh topic, with the relay's
 *    producer settings (idempotent, maxInFlightRequests 1, acks -1) and sendBatch calls of the relay's batch size.
 * Both include connecting their producer; both topics exist (3 partitions) before the clock starts.
 */
export async function relayVersusProduce(task: RelayTask): Promise<RelayResult> {
  const topic = `muster.bench.relay.${randomUUID().slice(0, 8)}`;
  const rawTopic = `muster.bench.produce.${randomUUID().slice(0, 8)}`;
  const kafka = createKafka(task.kafkaBrokers.split(','), 'muster-bench', quiet, kafkaSasl());
  const dataSource = await openMusterDataSource(task.databaseUrl, task.poolSize);
  try {
    await ensureTopics(kafka, [topic, rawTopic]);
    const messages = await fillBacklog(dataSource, task.messages);
    if (task.relayFirst) {
      const relay = await timeRelay(dataSource, kafka, topic, task);
      return { relay, produce: await timeProduce(kafka, rawTopic, messages, task.batchSize) };
    }
    const produce = await timeProduce(kafka, rawTopic, messages, task.batchSize);
    return { relay: await timeRelay(dataSource, kafka, topic, task), produce };
  } finally {
    await dataSource.destroy();
  }
}

/** The events the relay will publish, as it will send them (the envelope its SQL builds, the contract headers). */
async function fillBacklog(dataSource: DataSource, count: number): Promise<Message[]> {
  await skipToEnd(dataSource); // earlier runs' events count as published
  const store = new PostgresEventStore(dataSource);
  await inParallel(Math.ceil(count / FILL_BATCH), 4, async (index) => {
    const size = Math.min(FILL_BATCH, count - index * FILL_BATCH);
    const events = Array.from({ length: size }, () => ({ type: EVENT_TYPE, data: eventData() }));
    await store.append(memberStreamId(), events, { expectedVersion: 'no-stream', metadata: eventMetadata() });
  });
  await dataSource.query('VACUUM ANALYZE events');
  const rows = (await dataSource.query(
    `SELECT e.stream_id, e.id, e.type, e.metadata ->> 'correlationId' AS correlation_id, ${envelopeSql('$1')} AS value
       FROM events e, relay_checkpoint c
      WHERE (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)
      ORDER BY e.transaction_id, e.global_position`,
    ['personnel'],
  )) as { stream_id: string; id: string; type: string; correlation_id: string; value: string }[];
  return rows.map((row) => ({
    key: row.stream_id,
    value: row.value,
    headers: {
      [EVENT_HEADERS.eventId]: row.id,
      [EVENT_HEADERS.eventType]: row.type,
      [EVENT_HEADERS.correlationId]: row.correlation_id,
    },
  }));
}

async function timeRelay(dataSource: DataSource, kafka: Kafka, topic: string, task: RelayTask): Promise<Sample> {
  const relay = new OutboxRelay({
    dataSource,
    kafka,
    source: 'personnel',
    topic,
    logger: quiet,
    batchSize: task.batchSize,
  });
  let published = 0;
  let firstAck = 0;
  let firstBatch = 0;
  let lastAck = 0;
  let timer: NodeJS.Timeout | undefined;
  const drained = new Promise<void>((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`relay did not drain in ${RELAY_TIMEOUT_MS} ms`)), RELAY_TIMEOUT_MS);
    relay.observe({
      // Called after the batch is acknowledged AND the checkpoint moved past it.
      published: (_topic, count) => {
        lastAck = performance.now();
        if (published === 0) {
          firstAck = lastAck;
          firstBatch = count;
        }
        published += count;
        if (published >= task.messages) resolve();
      },
    });
  });
  const started = performance.now();
  try {
    await relay.start();
    await drained;
  } finally {
    clearTimeout(timer);
    await relay.stop();
  }
  const lag = await relay.lag();
  if (lag.pending !== 0) throw new Error(`relay finished with ${lag.pending} rows still pending`);
  return {
    events: published,
    seconds: (lastAck - started) / 1000,
    steadyPerSecond: steady(published - firstBatch, lastAck - firstAck),
  };
}

async function timeProduce(kafka: Kafka, topic: string, messages: Message[], batchSize: number): Promise<Sample> {
  const started = performance.now();
  // The relay's own producer settings.
  const producer = await connectProducer(kafka);
  let firstAck = 0;
  let firstBatch = 0;
  let lastAck = 0;
  try {
    for (let offset = 0; offset < messages.length; offset += batchSize) {
      const batch = messages.slice(offset, offset + batchSize);
      await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages: batch }] });
      lastAck = performance.now();
      if (offset === 0) {
        firstAck = lastAck;
        firstBatch = batch.length;
      }
    }
  } finally {
    await producer.disconnect();
  }
  return {
    events: messages.length,
    seconds: (lastAck - started) / 1000,
    steadyPerSecond: steady(messages.length - firstBatch, lastAck - firstAck),
  };
}

function steady(events: number, ms: number): number | undefined {
  return ms > 0 && events > 0 ? events / (ms / 1000) : undefined;
}
