import { randomUUID } from 'node:crypto';
import { EVENT_HEADERS } from '@muster/contracts';
import { PostgresEventStore } from '@muster/event-store';
import { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { DataSource, QueryRunner } from 'typeorm';
import { registerMessagingMetrics } from './metrics';
import { OutboxRelay, OutboxRelayOptions } from './outbox-relay';
import {
  EVENT_TYPE,
  SpecDatabase,
  append,
  kafkaBrokers,
  newStreamId,
  openDatabase,
  quietLogger,
  readTopic,
  skipPublished,
  specMetadata,
  specKafka,
  streamIdOf,
  newTopic,
  waitFor,
  sleep,
} from './spec-support';

interface Checkpoint {
  transaction_id: string;
  global_position: string;
}

describe('relay: the events table is the outbox (real PostgreSQL and Kafka)', () => {
  let db: SpecDatabase;
  let kafka: Kafka;
  const relays: OutboxRelay[] = [];

  const relay = async (options: Partial<OutboxRelayOptions> = {}): Promise<OutboxRelay> => {
    const created = new OutboxRelay({
      dataSource: db.dataSource,
      kafka,
      source: 'equipment',
      topic: options.topic ?? (await newTopic(kafka, 'muster.test.relay')),
      logger: quietLogger,
      pollIntervalMs: 200,
      ...options,
    });
    relays.push(created);
    return created;
  };
  const checkpoint = async (): Promise<Checkpoint> => {
    const [row] = (await db.dataSource.query(
      `SELECT transaction_id::text, global_position::text FROM relay_checkpoint`,
    )) as Checkpoint[];
    if (!row) throw new Error('no checkpoint');
    return row;
  };
  /**
   * A transaction of the test's own that takes its transaction id at once and inserts an event only when told: the
   * interleavings the commit barrier exists for. (Straight into `events`, as the append function would: the relay
   * only reads the table.)
   */
  const heldTransaction = async (): Promise<{
    runner: QueryRunner;
    insert: () => Promise<{ id: string; streamId: string }>;
  }> => {
    const runner = db.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query(`SELECT pg_current_xact_id()`);
    const insert = async () => {
      const event = { id: randomUUID(), streamId: newStreamId() };
      await runner.query(
        `INSERT INTO events (id, stream_id, stream_type, stream_version, type, schema_version, data, metadata,
                             occurred_at, recorded_at, hash)
         VALUES ($1, $2, 'vehicle', 1, $3, 1, '{}', $4, now(), now(), 'held')`,
        [event.id, event.streamId, EVENT_TYPE, JSON.stringify(specMetadata())],
      );
      return event;
    };
    return { runner, insert };
  };

  /** Every message the topic holds, from its partitions' offsets: nothing more can arrive unseen. */
  const messageCount = async (topic: string): Promise<number> => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      return offsets.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0);
    } finally {
      await admin.disconnect();
    }
  };

  beforeAll(async () => {
    db = await openDatabase('relay');
    kafka = specKafka(kafkaBrokers());
  });
  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.stop()));
    await skipPublished(db.dataSource);
  });
  afterAll(async () => {
    await db.close();
  });

  it('sends each committed event as the contract envelope, keyed by stream id, with the contract headers', async () => {
    // A session time zone far from UTC, on the relay's connection too: the envelope's timestamps must not depend on it.
    const farAway = new DataSource({
      type: 'postgres',
      url: db.url,
      extra: { options: '-c TimeZone=Pacific/Chatham' },
    });
    await farAway.initialize();
    try {
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
      const r = await relay({ dataSource: farAway });
      await r.start();
      const messages = await readTopic(kafka, r.topic, 2);

      expect(messages.map((m) => m.value)).toStrictEqual([
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
      expect(messages.map(({ key, headers }) => ({ key, headers }))).toStrictEqual(
        [first, second].map((event) => ({
          key: streamId,
          headers: {
            [EVENT_HEADERS.eventId]: event.id,
            [EVENT_HEADERS.eventType]: event.type,
            [EVENT_HEADERS.correlationId]: metadata.correlationId,
          },
        })),
      );
    } finally {
      await Promise.all(relays.splice(0).map((r) => r.stop()));
      await farAway.destroy();
    }
  });

  it('publishes each stream in version order on one partition, across batches, and moves its checkpoint', async () => {
    const first = await append(db.dataSource, 4);
    const second = await append(db.dataSource, 3);
    const last = await append(db.dataSource, 1, streamIdOf(first));
    const r = await relay({ batchSize: 2 });
    await r.start();
    const messages = await readTopic(kafka, r.topic, 8);

    const admin = kafka.admin();
    await admin.connect();
    const [metadata] = (await admin.fetchTopicMetadata({ topics: [r.topic] })).topics;
    await admin.disconnect();
    expect(metadata?.partitions).toHaveLength(3);

    const versionsOf = (streamId: string) =>
      messages.filter((m) => m.key === streamId).map((m) => (m.value as { streamVersion: number }).streamVersion);
    expect(versionsOf(streamIdOf(first))).toEqual([1, 2, 3, 4, 5]);
    expect(versionsOf(streamIdOf(second))).toEqual([1, 2, 3]);
    // One stream, one partition: that is what keeps its order.
    expect(new Set(messages.filter((m) => m.key === streamIdOf(first)).map((m) => m.partition)).size).toBe(1);

    await waitFor(async () => (await r.lag()).pending === 0, 45_000, 'the checkpoint to pass the last event');
    expect((await checkpoint()).global_position).toBe(last[0]?.globalPosition);
  });

  it('does not pass over an event whose transaction began first and commits after a later one', async () => {
    const r = await relay({ pollMinMs: 20, pollIntervalMs: 50 });
    await r.start();
    await waitFor(() => r.isLeader(), 45_000, 'relay lock');
    const before = await checkpoint();
    // The held transaction takes its id first, inserts only after a later transaction committed and the relay read.
    const held = await heldTransaction();
    try {
      const [later] = await append(db.dataSource, 1);
      await sleep(500); // some ten reads of the relay
      const lag = await r.lag();
      expect(lag.pending).toBe(1); // the later event: committed, held back behind the open transaction
      expect(lag.oldestTransactionAgeSeconds).toBeGreaterThan(0.4);
      expect(await checkpoint()).toEqual(before);

      const early = await held.insert();
      await sleep(200);
      expect(await checkpoint()).toEqual(before);
      await held.runner.commitTransaction();

      const messages = await readTopic(kafka, r.topic, 2);
      expect(messages.map((m) => m.value['id']).sort()).toEqual([early.id, later?.id].sort());
      // In commit-safe order: the transaction that began first went first, though it committed last.
      await waitFor(async () => (await r.lag()).pending === 0, 45_000, 'checkpoint after both');
      expect((await checkpoint()).global_position).toBe(later?.globalPosition);
    } finally {
      if (held.runner.isTransactionActive) await held.runner.rollbackTransaction();
      await held.runner.release();
    }
  });

  it('never publishes an event whose transaction rolled back, and goes on past it', async () => {
    const r = await relay({ pollMinMs: 20, pollIntervalMs: 50 });
    await r.start();
    const held = await heldTransaction();
    try {
      const [later] = await append(db.dataSource, 1);
      const rolledBack = await held.insert();
      await sleep(300);
      await held.runner.rollbackTransaction();
      // An append whose inline projection fails after the insert rolls back with it, too.
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
      const failedStream = newStreamId();
      await expect(
        failing.append(failedStream, [{ type: EVENT_TYPE, data: {} }], {
          expectedVersion: 'no-stream',
          metadata: specMetadata(),
        }),
      ).rejects.toThrow('the command failed');
      const [last] = await append(db.dataSource, 1);

      await waitFor(async () => (await r.lag()).pending === 0, 45_000, 'publish');
      const messages = await readTopic(kafka, r.topic, 2);
      expect(messages.map((m) => m.value['id']).sort()).toEqual([later?.id, last?.id].sort());
      expect(messages.map((m) => m.value['id'])).not.toContain(rolledBack.id);
      expect(await messageCount(r.topic)).toBe(2);
    } finally {
      if (held.runner.isTransactionActive) await held.runner.rollbackTransaction();
      await held.runner.release();
    }
  });

  it('wakes when told of a local append rather than waiting for its poll', async () => {
    const r = await relay({ pollMinMs: 120_000, pollIntervalMs: 120_000 });
    const store = new PostgresEventStore(db.dataSource);
    store.onAppended(() => r.wake());
    await r.start();
    await waitFor(() => r.isLeader(), 45_000, 'relay lock');
    await store.append(newStreamId(), [{ type: EVENT_TYPE, data: {} }], {
      expectedVersion: 'no-stream',
      metadata: specMetadata(),
    }); // creates the topic on first publish
    await waitFor(async () => (await r.lag()).pending === 0, 45_000, 'first publish');

    const startedAt = Date.now();
    await store.append(newStreamId(), [{ type: EVENT_TYPE, data: {} }], {
      expectedVersion: 'no-stream',
      metadata: specMetadata(),
    });
    await waitFor(async () => (await r.lag()).pending === 0, 45_000, 'publish after the wake');
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expect(await readTopic(kafka, r.topic, 2)).toHaveLength(2);
  });

  it("wakes the leader when a standby is told of its own appends, rather than at the leader's poll", async () => {
    const topic = await newTopic(kafka, 'muster.test.standby-wake');
    const leader = await relay({ topic, pollMinMs: 120_000, pollIntervalMs: 120_000 });
    await leader.start();
    await waitFor(() => leader.isLeader(), 45_000, 'relay lock');
    const standby = await relay({ topic, pollIntervalMs: 100 });
    await standby.start();
    await sleep(300); // it has tried for the lock: it stands by
    expect(standby.isLeader()).toBe(false);
    // The standby's own store, as in a second instance of the service.
    const store = new PostgresEventStore(db.dataSource);
    store.onAppended(() => standby.wake());

    const startedAt = Date.now();
    await store.append(newStreamId(), [{ type: EVENT_TYPE, data: {} }], {
      expectedVersion: 'no-stream',
      metadata: specMetadata(),
    });
    await waitFor(async () => (await leader.lag()).pending === 0, 45_000, "publish after the standby's wake");
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    expect(await readTopic(kafka, topic, 1)).toHaveLength(1);
  });

  it('passes over the stream types it is told to keep unpublished', async () => {
    const kept = `auditrail-${randomUUID()}`;
    const store = new PostgresEventStore(db.dataSource);
    await store.append(kept, [{ type: EVENT_TYPE, data: {} }], {
      expectedVersion: 'no-stream',
      metadata: specMetadata(),
    });
    const [published] = await append(db.dataSource, 1);
    const r = await relay({ unpublishedStreamTypes: ['auditrail'] });
    expect((await r.lag()).pending).toBe(1);
    await r.start();
    await waitFor(async () => (await r.lag()).pending === 0, 45_000, 'publish');
    const messages = await readTopic(kafka, r.topic, 1);
    expect(messages.map((m) => m.key)).toEqual([published?.streamId]);
    expect(await messageCount(r.topic)).toBe(1);
  });

  it('sets aside an event larger than the broker accepts, with its reason, and publishes the rest', async () => {
    const [before] = await append(db.dataSource, 1);
    const huge = newStreamId();
    await new PostgresEventStore(db.dataSource).append(
      huge,
      [{ type: EVENT_TYPE, data: { notes: 'x'.repeat(1_100_000) } }],
      { expectedVersion: 'no-stream', metadata: specMetadata() },
    );
    const [after] = await append(db.dataSource, 1);
    const quarantined: number[] = [];
    const r = await relay();
    r.observe({ quarantined: (count) => quarantined.push(count) });
    await r.start();
    const messages = await readTopic(kafka, r.topic, 2);
    // Two streams, so perhaps two partitions: no order between them to expect.
    expect(messages.map((m) => m.value['id']).sort()).toEqual([before?.id, after?.id].sort());
    await waitFor(async () => (await r.lag()).pending === 0, 45_000, 'the others published');
    expect(await r.lag()).toMatchObject({ pending: 0, quarantined: 1 });
    expect(quarantined).toEqual([1]);
    const rows = (await db.dataSource.query(`SELECT reason FROM relay_quarantine WHERE stream_id = $1`, [huge])) as {
      reason: string;
    }[];
    expect(rows).toEqual([{ reason: "larger than the broker's message limit (1000000 bytes)" }]);
  });

  it('reports the backlog: pending events, the age of the oldest, and of the oldest open transaction', async () => {
    expect(await (await relay()).lag()).toEqual({
      pending: 0,
      oldestAgeSeconds: 0,
      quarantined: expect.any(Number) as number,
      oldestTransactionAgeSeconds: 0,
    });
    const [oldest] = await append(db.dataSource, 3);
    await db.dataSource.query(`UPDATE events SET recorded_at = now() - interval '42 seconds' WHERE id = $1`, [
      oldest?.id,
    ]);
    const lag = await (await relay()).lag();
    expect(lag.pending).toBe(3);
    expect(lag.oldestAgeSeconds).toBeGreaterThanOrEqual(42);
    expect(lag.oldestAgeSeconds).toBeLessThan(60);
  });

  it('lets only one relay per database publish; a standby takes over from the checkpoint', async () => {
    const topic = await newTopic(kafka, 'muster.test.lock');
    const a = await relay({ topic });
    const b = await relay({ topic });
    await a.start();
    await waitFor(() => a.isLeader(), 45_000, 'first relay to lead');
    await b.start();
    await sleep(600);
    expect(b.isLeader()).toBe(false);

    await append(db.dataSource, 3);
    await waitFor(async () => (await a.lag()).pending === 0, 45_000, 'leader publishes');
    await a.stop();
    await waitFor(() => b.isLeader(), 45_000, 'standby takes the lock');
    await append(db.dataSource, 2);
    await waitFor(async () => (await b.lag()).pending === 0, 45_000, 'new leader publishes');

    const messages = await readTopic(kafka, topic, 5);
    await sleep(500);
    expect(new Set(messages.map((m) => m.value['id'])).size).toBe(5);
  });

  it('exposes backlog gauges and publish counters to Prometheus', async () => {
    const registry = new Registry();
    const r = await relay();
    registerMessagingMetrics(registry, r);
    await append(db.dataSource, 2);
    expect(await registry.getSingleMetricAsString('muster_outbox_pending')).toContain('muster_outbox_pending 2');

    await r.start();
    await waitFor(async () => (await r.lag()).pending === 0, 45_000, 'publish');
    const text = await registry.metrics();
    expect(text).toContain('muster_outbox_pending 0');
    expect(text).toContain('muster_outbox_oldest_age_seconds 0');
    expect(text).toContain('muster_outbox_oldest_transaction_age_seconds 0');
    expect(text).toContain(`muster_outbox_published_total{topic="${r.topic}"} 2`);
  });

  it('under random commit delays, rollbacks and relay crashes between ack and checkpoint, publishes every committed event at least once and per stream in order', async () => {
    // A third of checkpoint moves fail after the broker's ack, as if the relay died there; the next leader resends.
    await db.dataSource.query(`
      CREATE SEQUENCE checkpoint_crashes;
      CREATE FUNCTION crash_some_checkpoints() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF random() < 0.33 THEN
          PERFORM nextval('checkpoint_crashes'); -- a sequence keeps counting through the rollback
          RAISE EXCEPTION 'relay died before its checkpoint (simulated)';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER crash_some_checkpoints BEFORE UPDATE ON relay_checkpoint
        FOR EACH ROW EXECUTE FUNCTION crash_some_checkpoints();`);
    const topic = await newTopic(kafka, 'muster.test.random');
    const committed = new Map<string, string[]>(); // stream → event ids in version order
    const rolledBack = new Set<string>();
    try {
      const options = { topic, batchSize: 7, pollMinMs: 10, pollIntervalMs: 50, retryBaseMs: 10, retryMaxMs: 50 };
      let current = await relay(options);
      await current.start();
      const streams = Array.from({ length: 8 }, () => newStreamId());
      const writer = async (streamId: string): Promise<void> => {
        for (let i = 0; i < 20; i += 1) {
          const rollBack = Math.random() < 0.2;
          const delayMs = Math.floor(Math.random() * 40);
          let ids: string[] = [];
          const store = new PostgresEventStore(db.dataSource, {
            hooks: [
              {
                name: 'random delay',
                onAppended: async (events) => {
                  ids = events.map((e) => e.id);
                  await sleep(delayMs);
                  if (rollBack) throw new Error('rolled back (simulated)');
                },
              },
            ],
          });
          // Woken by each commit, the relay reads while other writers' transactions are still open.
          store.onAppended(() => current.wake());
          const count = 1 + Math.floor(Math.random() * 3);
          const events = Array.from({ length: count }, (_, n) => ({ type: EVENT_TYPE, data: { i, n } }));
          try {
            await store.append(streamId, events, { expectedVersion: 'any', metadata: specMetadata() });
            committed.set(streamId, [...(committed.get(streamId) ?? []), ...ids]);
          } catch {
            ids.forEach((id) => rolledBack.add(id));
          }
        }
      };
      const writing = Promise.all(streams.map(writer));
      // Meanwhile the relay is replaced twice, mid-batch: a new instance starts from the stored checkpoint.
      for (let kill = 0; kill < 2; kill += 1) {
        await sleep(300);
        await current.stop();
        current = await relay(options);
        await current.start();
      }
      await writing;
      const total = [...committed.values()].reduce((sum, ids) => sum + ids.length, 0);
      expect(rolledBack.size).toBeGreaterThan(0);
      await waitFor(async () => (await current.lag()).pending === 0, 60_000, 'everything committed published');
      const [crashes] = (await db.dataSource.query(`SELECT last_value, is_called FROM checkpoint_crashes`)) as {
        is_called: boolean;
      }[];
      expect(crashes?.is_called).toBe(true);

      const all = await readTopic(kafka, topic, await messageCount(topic), 60_000);
      expect(all.length).toBeGreaterThan(total); // the crashes' batches went twice
      const ids = new Set(all.map((m) => String(m.value['id'])));
      for (const id of rolledBack) expect(ids.has(id)).toBe(false);
      for (const [streamId, expected] of committed) {
        const arrived = all.filter((m) => m.key === streamId).map((m) => String(m.value['id']));
        const firstArrivals = arrived.filter((id, i) => arrived.indexOf(id) === i);
        expect(firstArrivals).toEqual(expected);
        const versions = all
          .filter((m) => m.key === streamId)
          .map((m) => Number(m.value['streamVersion']))
          .filter((v, i, vs) => vs.indexOf(v) === i);
        expect(versions).toEqual(expected.map((_, n) => n + 1));
      }
    } finally {
      await Promise.all(relays.splice(0).map((r) => r.stop()));
      await db.dataSource
        .query(`DROP TRIGGER crash_some_checkpoints ON relay_checkpoint; DROP FUNCTION crash_some_checkpoints;
         DROP SEQUENCE checkpoint_crashes`);
    }
  }, 180_000);
});
