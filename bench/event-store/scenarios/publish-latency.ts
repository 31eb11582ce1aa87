import { ensureTopics } from '@muster/infra';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { EVENT_HEADERS } from '@muster/contracts';
import { PostgresEventStore } from '@muster/event-store';
import { OutboxRelay, createKafka } from '@muster/messaging';
import { kafkaSasl } from '@muster/testing';
import { openMusterDataSource, skipToEnd } from '../contenders/muster';
import { EVENT_TYPE, eventData, eventMetadata, memberStreamId } from '../payload';
import { Sample } from '../protocol';
import { quietRelayLogger as quiet } from '../quiet-logger';
import { quantile } from '../../stats';

const DELIVERY_TIMEOUT_MS = 60_000;

export interface PublishLatencyTask {
  readonly databaseUrl: string;
  readonly kafkaBrokers: string;
  readonly poolSize: number;
  readonly perSecond: number;
  readonly seconds: number;
}

/**
 * Muster as a service runs it (store and relay on one pool, the relay woken by each append), appending one event per
 * append at a steady `perSecond` (each 5 ms tick starts the appends then due, without waiting for earlier ones) for
 * `seconds`. Latency per event: from its append returning (committed) to a kafkajs consumer, subscribed beforehand,
 * receiving it — the relay's read and acknowledged send, plus the consumer's fetch (so an upper bound on commit →
 * ack). `events / seconds` is the rate achieved.
 */
export async function publishLatency(task: PublishLatencyTask): Promise<Sample> {
  const topic = `muster.bench.latency.${randomUUID().slice(0, 8)}`;
  const kafka = createKafka(task.kafkaBrokers.split(','), 'muster-bench', quiet, kafkaSasl());
  const dataSource = await openMusterDataSource(task.databaseUrl, task.poolSize);
  const store = new PostgresEventStore(dataSource);
  const relay = new OutboxRelay({ dataSource, kafka, source: 'personnel', topic, logger: quiet });
  store.onAppended(() => relay.wake());
  const consumer = kafka.consumer({ groupId: `muster-bench-${randomUUID()}` });
  const committed = new Map<string, number>();
  const arrived = new Map<string, number>();
  const append = async (): Promise<string> => {
    const { events } = await store.append(memberStreamId(), [{ type: EVENT_TYPE, data: eventData() }], {
      expectedVersion: 'no-stream',
      metadata: eventMetadata(),
    });
    const id = events[0]?.id ?? '';
    committed.set(id, performance.now());
    return id;
  };
  const delivered = async (count: number): Promise<void> => {
    const deadline = performance.now() + DELIVERY_TIMEOUT_MS;
    while (arrived.size < count) {
      if (performance.now() > deadline) throw new Error(`${arrived.size} of ${count} events delivered in time`);
      await sleep(5);
    }
  };
  try {
    await ensureTopics(kafka, [topic]);
    await skipToEnd(dataSource);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const id = message.headers?.[EVENT_HEADERS.eventId]?.toString();
        if (id && !arrived.has(id)) arrived.set(id, performance.now());
      },
    });
    await relay.start();
    // One event through before the clock starts: the consumer has joined, the relay holds its lock and producer.
    await append();
    await delivered(1);
    const probe = arrived.size;

    const total = task.perSecond * task.seconds;
    const inFlight: Promise<string>[] = [];
    const started = performance.now();
    while (inFlight.length < total) {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * task.perSecond) + 1);
      while (inFlight.length < due) inFlight.push(append());
      await sleep(5);
    }
    const ids = await Promise.all(inFlight);
    const seconds = (performance.now() - started) / 1000;
    await delivered(probe + ids.length);
    const latencies = ids.map((id) => (arrived.get(id) ?? Number.NaN) - (committed.get(id) ?? Number.NaN));
    return {
      events: ids.length,
      seconds,
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      maxMs: Math.max(...latencies),
    };
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await relay.stop();
    await dataSource.destroy();
  }
}
