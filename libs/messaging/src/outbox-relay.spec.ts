import { EVENT_HEADERS } from '@muster/contracts';
import { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { toEnvelope } from './envelope';
import { registerMessagingMetrics } from './metrics';
import { outboxHook } from './outbox-hook';
import { OutboxRelay } from './outbox-relay';
import {
  SpecDatabase,
  append,
  kafkaBrokers,
  openDatabase,
  quietLogger,
  readTopic,
  recordedEvent,
  sqlOf,
  specKafka,
  streamOf,
  uniqueName,
  waitFor,
} from './spec-support';

describe('outbox → Kafka relay (real PostgreSQL and Kafka)', () => {
  let db: SpecDatabase;
  let kafka: Kafka;
  const relays: OutboxRelay[] = [];

  const relay = (options: Partial<ConstructorParameters<typeof OutboxRelay>[0]> = {}): OutboxRelay => {
    const created = new OutboxRelay({ dataSource: db.dataSource, kafka, logger: quietLogger, ...options });
    relays.push(created);
    return created;
  };
  const pending = async (): Promise<number> => (await relay().lag()).pending;

  beforeAll(async () => {
    db = await openDatabase('relay');
    kafka = specKafka(kafkaBrokers());
  });
  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.stop()));
    await db.dataSource.query(`DELETE FROM outbox`);
  });
  afterAll(async () => {
    await db.close();
  });

  it('turns a recorded event into the full envelope, absent metadata as null', () => {
    const event = recordedEvent('vehicle-3f1c', 4, { odometerKm: 120 });
    expect(toEnvelope(event, 'equipment')).toEqual({
      id: event.id,
      type: 'VehicleDispatched',
      schemaVersion: 1,
      streamId: 'vehicle-3f1c',
      streamType: 'vehicle',
      streamVersion: 4,
      globalPosition: event.globalPosition,
      occurredAt: event.occurredAt,
      recordedAt: event.recordedAt,
      source: 'equipment',
      data: { odometerKm: 120 },
      metadata: {
        actorId: 'member-7',
        actorRoles: ['dispatcher'],
        correlationId: event.metadata.correlationId,
        causationId: null,
        reason: null,
      },
      hash: event.hash,
      previousHash: null,
    });
  });

  it('writes outbox rows only if the append commits', async () => {
    const topic = uniqueName('muster.test.relay');
    await append(db.dataSource, topic, streamOf(2));
    await expect(
      db.dataSource.transaction(async (manager) => {
        await outboxHook('equipment', { topic }).onAppended(streamOf(3), sqlOf(manager));
        throw new Error('the command failed after its append');
      }),
    ).rejects.toThrow('the command failed');
    expect(await pending()).toBe(2);
  });

  it('publishes rows in order, keyed by stream id, with the contract headers, and marks them published', async () => {
    const topic = uniqueName('muster.test.relay');
    const first = streamOf(4);
    const second = streamOf(3);
    await append(db.dataSource, topic, first);
    await append(db.dataSource, topic, second);
    await append(db.dataSource, topic, [recordedEvent(first[0].streamId, 5)]);

    await relay().start();
    const messages = await readTopic(kafka, topic, 8);

    const admin = kafka.admin();
    await admin.connect();
    const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
    await admin.disconnect();
    expect(metadata?.partitions).toHaveLength(3);

    const versionsOf = (streamId: string) =>
      messages.filter((m) => m.key === streamId).map((m) => (m.value as { streamVersion: number }).streamVersion);
    expect(versionsOf(first[0].streamId)).toEqual([1, 2, 3, 4, 5]);
    expect(versionsOf(second[0].streamId)).toEqual([1, 2, 3]);
    // One stream, one partition: that is what keeps its order.
    expect(new Set(messages.filter((m) => m.key === first[0].streamId).map((m) => m.partition)).size).toBe(1);

    const event = second[1];
    const message = messages.find((m) => m.value['id'] === event.id);
    expect(message?.value).toEqual(JSON.parse(JSON.stringify(toEnvelope(event, 'equipment'))));
    expect(message?.headers).toEqual({
      [EVENT_HEADERS.eventId]: event.id,
      [EVENT_HEADERS.eventType]: 'VehicleDispatched',
      [EVENT_HEADERS.correlationId]: event.metadata.correlationId,
    });

    await waitFor(async () => (await pending()) === 0, 45_000, 'rows marked published');
    const [row] = (await db.dataSource.query(
      `SELECT count(*)::int AS n, min(attempts) AS attempts FROM outbox WHERE published_at IS NOT NULL`,
    )) as { n: number; attempts: number }[];
    expect(row).toEqual({ n: 8, attempts: 1 });
  });

  it('wakes on NOTIFY from the appending transaction rather than waiting for its poll', async () => {
    const topic = uniqueName('muster.test.notify');
    const r = relay({ pollIntervalMs: 120_000 });
    await r.start();
    await waitFor(() => r.isLeader(), 45_000, 'relay lock');
    await append(db.dataSource, topic, streamOf(1)); // creates the topic on first publish
    await waitFor(async () => (await pending()) === 0, 45_000, 'first publish');

    const startedAt = Date.now();
    await append(db.dataSource, topic, streamOf(2));
    await waitFor(async () => (await pending()) === 0, 45_000, 'publish after NOTIFY');
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expect(await readTopic(kafka, topic, 3)).toHaveLength(3);
  });

  it('reports the backlog: pending rows and the age of the oldest', async () => {
    expect(await relay().lag()).toEqual({ pending: 0, oldestAgeSeconds: 0 });
    const topic = uniqueName('muster.test.lag');
    await append(db.dataSource, topic, streamOf(3));
    await db.dataSource.query(
      `UPDATE outbox SET created_at = now() - interval '42 seconds' WHERE position = (SELECT min(position) FROM outbox)`,
    );
    const lag = await relay().lag();
    expect(lag.pending).toBe(3);
    expect(lag.oldestAgeSeconds).toBeGreaterThanOrEqual(42);
    expect(lag.oldestAgeSeconds).toBeLessThan(60);
  });

  it('lets only one relay per database publish; a standby takes over when the leader stops', async () => {
    const topic = uniqueName('muster.test.lock');
    const a = relay({ pollIntervalMs: 200 });
    const b = relay({ pollIntervalMs: 200 });
    await a.start();
    await waitFor(() => a.isLeader(), 45_000, 'first relay to lead');
    await b.start();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(b.isLeader()).toBe(false);

    await append(db.dataSource, topic, streamOf(3));
    await waitFor(async () => (await pending()) === 0, 45_000, 'leader publishes');
    await a.stop();
    await waitFor(() => b.isLeader(), 45_000, 'standby takes the lock');
    await append(db.dataSource, topic, streamOf(2));
    await waitFor(async () => (await pending()) === 0, 45_000, 'new leader publishes');

    const messages = await readTopic(kafka, topic, 5);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(new Set(messages.map((m) => m.value['id'])).size).toBe(5);
  });

  it('exposes backlog gauges and publish counters to Prometheus', async () => {
    const topic = uniqueName('muster.test.metrics');
    const registry = new Registry();
    const r = relay();
    registerMessagingMetrics(registry, r);
    await append(db.dataSource, topic, streamOf(2));
    expect(await registry.getSingleMetricAsString('muster_outbox_pending')).toContain('muster_outbox_pending 2');

    await r.start();
    await waitFor(async () => (await pending()) === 0, 45_000, 'publish');
    const text = await registry.metrics();
    expect(text).toContain('muster_outbox_pending 0');
    expect(text).toContain('muster_outbox_oldest_age_seconds 0');
    expect(text).toContain(`muster_outbox_published_total{topic="${topic}"} 2`);
  });
});
