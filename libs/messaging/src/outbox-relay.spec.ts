import { randomUUID } from 'node:crypto';
import { EVENT_HEADERS } from '@muster/contracts';
import { PostgresEventStore } from '@muster/event-store';
import { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { registerMessagingMetrics } from './metrics';
import { configureOutbox } from './outbox';
import { OutboxRelay } from './outbox-relay';
import {
  EVENT_TYPE,
  SpecDatabase,
  append,
  kafkaBrokers,
  newStreamId,
  openDatabase,
  quietLogger,
  readTopic,
  specMetadata,
  specKafka,
  streamIdOf,
  uniqueName,
  waitFor,
  sleep,
} from './spec-support';

interface StoredRow {
  event_id: string;
  stream_id: string;
  topic: string;
  message_key: string;
  value: string;
  headers: Record<string, string>;
}

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
  const outboxOf = async (streamId: string): Promise<StoredRow[]> =>
    (await db.dataSource.query(
      `SELECT event_id, stream_id, topic, message_key, value::text AS value, headers FROM outbox
       WHERE stream_id = $1 ORDER BY position`,
      [streamId],
    )) as StoredRow[];
  const countOf = async (table: 'events' | 'streams' | 'outbox', streamId: string): Promise<number> => {
    const [row] = (await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE stream_id = $1`, [
      streamId,
    ])) as { n: number }[];
    return row?.n ?? 0;
  };

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

  describe('outbox capture (the trigger on events)', () => {
    // A session time zone far from UTC: the envelope's timestamps must not depend on it.
    let farAway: DataSource;
    beforeAll(async () => {
      farAway = new DataSource({ type: 'postgres', url: db.url, extra: { options: '-c TimeZone=Pacific/Chatham' } });
      await farAway.initialize();
    });
    afterAll(async () => {
      await farAway.destroy();
    });

    it('writes each appended event as the contract envelope, keyed by stream id, with the contract headers', async () => {
      const topic = uniqueName('muster.test.contract');
      await configureOutbox(farAway, 'equipment', { topic });
      const [zone] = (await farAway.query(`SHOW TimeZone`)) as { TimeZone: string }[];
      expect(zone?.TimeZone).toBe('Pacific/Chatham');
      const store = new PostgresEventStore(farAway);
      const streamId = newStreamId();
      const metadata = {
        actorId: 'member-7',
        actorRoles: ['dispatcher', 'commander'],
        correlationId: randomUUID(),
        commandId: randomUUID(), // stored with the event, not part of the envelope
      };
      const data = { odometerKm: 120, driver: { id: 'member-9', note: null }, legs: ['a', 'b'], ratio: 0.25 };
      const {
        events: [first],
      } = await store.append(streamId, [{ type: EVENT_TYPE, data }], {
        expectedVersion: 'no-stream',
        metadata,
        occurredAt: new Date('2025-10-01T08:00:00Z'),
      });
      const {
        events: [second],
      } = await store.append(streamId, [{ type: 'VehicleReturned', data: {} }], {
        expectedVersion: 1,
        metadata: { ...metadata, causationId: first.id, reason: 'back from the exercise' },
        occurredAt: new Date('2025-12-31T23:59:59.042Z'),
      });

      const rows = await outboxOf(streamId);
      expect(rows.map((row) => JSON.parse(row.value) as unknown)).toStrictEqual([
        {
          id: first.id,
          type: 'VehicleDispatched',
          schemaVersion: 1,
          streamId,
          streamType: 'vehicle',
          streamVersion: 1,
          globalPosition: first.globalPosition,
          occurredAt: '2025-10-01T08:00:00.000Z',
          recordedAt: first.recordedAt,
          source: 'equipment',
          data,
          metadata: {
            actorId: 'member-7',
            actorRoles: ['dispatcher', 'commander'],
            correlationId: metadata.correlationId,
            causationId: null,
            reason: null,
          },
          hash: first.hash,
          previousHash: null,
        },
        {
          id: second.id,
          type: 'VehicleReturned',
          schemaVersion: 1,
          streamId,
          streamType: 'vehicle',
          streamVersion: 2,
          globalPosition: second.globalPosition,
          occurredAt: '2025-12-31T23:59:59.042Z',
          recordedAt: second.recordedAt,
          source: 'equipment',
          data: {},
          metadata: {
            actorId: 'member-7',
            actorRoles: ['dispatcher', 'commander'],
            correlationId: metadata.correlationId,
            causationId: first.id,
            reason: 'back from the exercise',
          },
          hash: second.hash,
          previousHash: first.hash,
        },
      ]);
      for (const row of rows) {
        const envelope = JSON.parse(row.value) as { recordedAt: string };
        expect(envelope.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        expect(envelope.recordedAt).toBe(new Date(envelope.recordedAt).toISOString());
      }
      expect(
        rows.map(({ event_id, stream_id, topic: t, message_key, headers }) => ({
          event_id,
          stream_id,
          t,
          message_key,
          headers,
        })),
      ).toStrictEqual(
        [first, second].map((event) => ({
          event_id: event.id,
          stream_id: streamId,
          t: topic,
          message_key: streamId,
          headers: {
            [EVENT_HEADERS.eventId]: event.id,
            [EVENT_HEADERS.eventType]: event.type,
            [EVENT_HEADERS.correlationId]: metadata.correlationId,
          },
        })),
      );
    });

    it('writes the rows of a multi-event append in stream order', async () => {
      const topic = uniqueName('muster.test.order');
      const recorded = await append(db.dataSource, topic, 5);
      const rows = await outboxOf(streamIdOf(recorded));
      const envelopes = rows.map((row) => JSON.parse(row.value) as { streamVersion: number; globalPosition: string });
      expect(envelopes.map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5]);
      expect(envelopes.map((e) => e.globalPosition)).toEqual(recorded.map((e) => e.globalPosition));
      expect(rows.map((row) => row.event_id)).toEqual(recorded.map((e) => e.id));
    });

    it('refuses an append, writing nothing, while the database does not name its publishing service', async () => {
      await db.dataSource.query(`DELETE FROM outbox_source`);
      const streamId = newStreamId();
      const store = new PostgresEventStore(db.dataSource);
      await expect(
        store.append(streamId, [{ type: EVENT_TYPE, data: {} }], {
          expectedVersion: 'no-stream',
          metadata: specMetadata(),
        }),
      ).rejects.toThrow(/outbox not configured/);
      expect(await countOf('events', streamId)).toBe(0);
      expect(await countOf('streams', streamId)).toBe(0);
      expect(await countOf('outbox', streamId)).toBe(0);

      await configureOutbox(db.dataSource, 'equipment', { topic: uniqueName('muster.test.configured') });
      await store.append(streamId, [{ type: EVENT_TYPE, data: {} }], {
        expectedVersion: 'no-stream',
        metadata: specMetadata(),
      });
      expect(await countOf('outbox', streamId)).toBe(1);
    });

    it('leaves the stream types it is told to keep unpublished out of the outbox', async () => {
      await configureOutbox(db.dataSource, 'personnel', { unpublishedStreamTypes: ['auditrail'] });
      const store = new PostgresEventStore(db.dataSource);
      const kept = `auditrail-${randomUUID()}`;
      const published = `vehicle-${randomUUID()}`;
      for (const streamId of [kept, published])
        await store.append(streamId, [{ type: EVENT_TYPE, data: {} }], {
          expectedVersion: 'no-stream',
          metadata: specMetadata(),
        });
      expect(await countOf('events', kept)).toBe(1);
      expect(await countOf('outbox', kept)).toBe(0);
      expect(await countOf('outbox', published)).toBe(1);
      await configureOutbox(db.dataSource, 'personnel');
    });

    it('keeps one settings row: configuring again is a no-op, or a change of topic', async () => {
      await configureOutbox(db.dataSource, 'training');
      await configureOutbox(db.dataSource, 'training');
      expect(await db.dataSource.query(`SELECT source, topic FROM outbox_source`)).toEqual([
        { source: 'training', topic: 'muster.training.events' },
      ]);
      await configureOutbox(db.dataSource, 'training', { topic: 'muster.test.elsewhere' });
      expect(await db.dataSource.query(`SELECT source, topic FROM outbox_source`)).toEqual([
        { source: 'training', topic: 'muster.test.elsewhere' },
      ]);
    });
  });

  it('writes outbox rows only if the append commits', async () => {
    const topic = uniqueName('muster.test.relay');
    await append(db.dataSource, topic, 2);
    // An inline projection that fails after the insert rolls the whole append back, outbox rows included.
    const failing = new PostgresEventStore(db.dataSource, {
      hooks: [
        {
          name: 'failing projection',
          onAppended: async () => {
            throw new Error('the command failed after its append');
          },
        },
      ],
    });
    const streamId = newStreamId();
    const events = [1, 2, 3].map((n) => ({ type: EVENT_TYPE, data: { n } }));
    await expect(
      failing.append(streamId, events, { expectedVersion: 'no-stream', metadata: specMetadata() }),
    ).rejects.toThrow('the command failed');
    expect(await pending()).toBe(2);
    expect(await countOf('outbox', streamId)).toBe(0);
    expect(await countOf('events', streamId)).toBe(0);
  });

  it('publishes rows in order, keyed by stream id, with the contract headers, and marks them published', async () => {
    const topic = uniqueName('muster.test.relay');
    const first = await append(db.dataSource, topic, 4);
    const second = await append(db.dataSource, topic, 3);
    await append(db.dataSource, topic, 1, { streamId: streamIdOf(first) });
    const stored = new Map((await outboxOf(streamIdOf(second))).map((row) => [row.event_id, row.value]));

    await relay().start();
    const messages = await readTopic(kafka, topic, 8);

    const admin = kafka.admin();
    await admin.connect();
    const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
    await admin.disconnect();
    expect(metadata?.partitions).toHaveLength(3);

    const versionsOf = (streamId: string) =>
      messages.filter((m) => m.key === streamId).map((m) => (m.value as { streamVersion: number }).streamVersion);
    expect(versionsOf(streamIdOf(first))).toEqual([1, 2, 3, 4, 5]);
    expect(versionsOf(streamIdOf(second))).toEqual([1, 2, 3]);
    // One stream, one partition: that is what keeps its order.
    expect(new Set(messages.filter((m) => m.key === streamIdOf(first)).map((m) => m.partition)).size).toBe(1);

    const event = second[1];
    const message = messages.find((m) => m.value['id'] === event?.id);
    // What was published is the stored envelope (checked against the contract above), as stored.
    expect(message?.value).toStrictEqual(JSON.parse(stored.get(event?.id ?? '') ?? 'null'));
    expect(message?.value).toMatchObject({ id: event?.id, streamVersion: 2, globalPosition: event?.globalPosition });
    expect(message?.headers).toEqual({
      [EVENT_HEADERS.eventId]: event?.id,
      [EVENT_HEADERS.eventType]: 'VehicleDispatched',
      [EVENT_HEADERS.correlationId]: event?.metadata.correlationId,
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
    await append(db.dataSource, topic, 1); // creates the topic on first publish
    await waitFor(async () => (await pending()) === 0, 45_000, 'first publish');

    const startedAt = Date.now();
    await append(db.dataSource, topic, 2);
    await waitFor(async () => (await pending()) === 0, 45_000, 'publish after NOTIFY');
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expect(await readTopic(kafka, topic, 3)).toHaveLength(3);
  });

  it('sets aside an event larger than the broker accepts, with its reason, and publishes the rest', async () => {
    const topic = uniqueName('muster.test.oversized');
    const [before] = await append(db.dataSource, topic, 1);
    const huge = newStreamId();
    await new PostgresEventStore(db.dataSource).append(
      huge,
      [{ type: EVENT_TYPE, data: { notes: 'x'.repeat(1_100_000) } }],
      { expectedVersion: 'no-stream', metadata: specMetadata() },
    );
    const [after] = await append(db.dataSource, topic, 1);
    const quarantined: number[] = [];
    const r = relay();
    r.observe({ quarantined: (count) => quarantined.push(count) });
    await r.start();
    const messages = await readTopic(kafka, topic, 2);
    // Two streams, so perhaps two partitions: no order between them to expect.
    expect(messages.map((m) => m.value['id']).sort()).toEqual([before?.id, after?.id].sort());
    await waitFor(async () => (await pending()) === 0, 45_000, 'the others published');
    expect(await r.lag()).toMatchObject({ pending: 0, quarantined: 1 });
    expect(quarantined).toEqual([1]);
    const [row] = (await db.dataSource.query(
      `SELECT published_at, quarantined_at IS NOT NULL AS quarantined, last_error FROM outbox WHERE stream_id = $1`,
      [huge],
    )) as { published_at: Date | null; quarantined: boolean; last_error: string }[];
    expect(row).toEqual({
      published_at: null,
      quarantined: true,
      last_error: "larger than the broker's message limit (1000000 bytes)",
    });
  });

  it('reports the backlog: pending rows and the age of the oldest', async () => {
    expect(await relay().lag()).toEqual({ pending: 0, oldestAgeSeconds: 0, quarantined: 0 });
    const topic = uniqueName('muster.test.lag');
    await append(db.dataSource, topic, 3);
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
    await sleep(600);
    expect(b.isLeader()).toBe(false);

    await append(db.dataSource, topic, 3);
    await waitFor(async () => (await pending()) === 0, 45_000, 'leader publishes');
    await a.stop();
    await waitFor(() => b.isLeader(), 45_000, 'standby takes the lock');
    await append(db.dataSource, topic, 2);
    await waitFor(async () => (await pending()) === 0, 45_000, 'new leader publishes');

    const messages = await readTopic(kafka, topic, 5);
    await sleep(500);
    expect(new Set(messages.map((m) => m.value['id'])).size).toBe(5);
  });

  it('exposes backlog gauges and publish counters to Prometheus', async () => {
    const topic = uniqueName('muster.test.metrics');
    const registry = new Registry();
    const r = relay();
    registerMessagingMetrics(registry, r);
    await append(db.dataSource, topic, 2);
    expect(await registry.getSingleMetricAsString('muster_outbox_pending')).toContain('muster_outbox_pending 2');

    await r.start();
    await waitFor(async () => (await pending()) === 0, 45_000, 'publish');
    const text = await registry.metrics();
    expect(text).toContain('muster_outbox_pending 0');
    expect(text).toContain('muster_outbox_oldest_age_seconds 0');
    expect(text).toContain(`muster_outbox_published_total{topic="${topic}"} 2`);
  });
});
