import { randomUUID } from 'node:crypto';
import { EVENT_HEADERS, EventEnvelope, deadLetterTopicOf } from '@muster/contracts';
import { Kafka, Partitioners, Producer } from 'kafkajs';
import { Registry } from 'prom-client';
import {
  DEAD_LETTER_HEADERS,
  EventConsumer,
  EventConsumerOptions,
  EventHandler,
  HandleOutcome,
} from './event-consumer';
import { registerMessagingMetrics } from './metrics';
import { OutboxRelay } from './outbox-relay';
import {
  SpecDatabase,
  append,
  appendedEnvelopes,
  kafkaBrokers,
  openDatabase,
  newTopic,
  quietLogger,
  readTopic,
  skipPublished,
  specKafka,
  streamIdOf,
  uniqueName,
  waitFor,
} from './spec-support';

describe('idempotent consumer with inbox and dead letters (real PostgreSQL and Kafka)', () => {
  let db: SpecDatabase;
  let kafka: Kafka;
  let producer: Producer;
  const stoppables: { stop(): Promise<void> }[] = [];

  /** The handler's visible effect: one row per handling, no unique key, so a double handling would show. */
  const recordEffect: EventHandler = async (envelope, tx) => {
    await tx.query(`INSERT INTO effects (event_id, stream_id) VALUES ($1, $2)`, [envelope.id, envelope.streamId]);
  };
  const effectsOf = async (streamId: string): Promise<number> => {
    const [row] = (await db.dataSource.query(`SELECT count(*)::int AS n FROM effects WHERE stream_id = $1`, [
      streamId,
    ])) as { n: number }[];
    return row?.n ?? 0;
  };

  const send = async (topic: string, envelope: EventEnvelope | string, key = 'vehicle-x'): Promise<void> => {
    const value = typeof envelope === 'string' ? envelope : JSON.stringify(envelope);
    // The contract headers, as the outbox writes them (a hand-changed envelope gets headers that match it).
    const headers =
      typeof envelope === 'string'
        ? {}
        : {
            [EVENT_HEADERS.eventId]: envelope.id,
            [EVENT_HEADERS.eventType]: envelope.type,
            [EVENT_HEADERS.correlationId]: envelope.metadata.correlationId,
          };
    await producer.send({ topic, messages: [{ key, value, headers }] });
  };

  /** A started consumer plus a tally of what it reported. */
  const consume = async (options: Partial<EventConsumerOptions> & Pick<EventConsumerOptions, 'topics'>) => {
    const consumer = new EventConsumer({
      dataSource: db.dataSource,
      kafka,
      groupId: uniqueName('group'),
      handlers: { VehicleDispatched: recordEffect },
      logger: quietLogger,
      backoffMs: 20,
      ...options,
    });
    const tally: Record<HandleOutcome | 'deadLettered', number> = {
      handled: 0,
      duplicate: 0,
      skipped: 0,
      deadLettered: 0,
    };
    consumer.observe({ handled: (outcome) => (tally[outcome] += 1), deadLettered: () => (tally.deadLettered += 1) });
    stoppables.push(consumer);
    await consumer.start();
    return { consumer, tally };
  };

  beforeAll(async () => {
    db = await openDatabase('consumer');
    await db.dataSource.query(`CREATE TABLE effects (event_id uuid NOT NULL, stream_id text NOT NULL)`);
    kafka = specKafka(kafkaBrokers());
    producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
    await producer.connect();
  });
  afterEach(async () => {
    await Promise.all(stoppables.splice(0).map((s) => s.stop()));
  });
  afterAll(async () => {
    await producer.disconnect();
    await db.close();
  });

  it('stopped while still starting, it leaves the group empty and holds no connection', async () => {
    const topic = await newTopic(kafka, 'muster.test.stop-early');
    const consumer = new EventConsumer({
      dataSource: db.dataSource,
      kafka,
      groupId: uniqueName('group'),
      topics: [topic],
      handlers: {},
      logger: quietLogger,
    });
    const starting = consumer.start();
    await consumer.stop();
    await starting;
    expect(consumer.health().state).toBe('stopped');
    const admin = kafka.admin();
    await admin.connect();
    try {
      const { groups } = await admin.describeGroups([consumer.groupId]);
      expect(groups[0]?.members ?? []).toEqual([]);
    } finally {
      await admin.disconnect();
    }
  });

  it('handles an event delivered twice only once, and records types it has no handler for', async () => {
    const topic = await newTopic(kafka, 'muster.test.dedupe');
    const [envelope, next] = await appendedEnvelopes(db.dataSource, 2);
    if (!envelope || !next) throw new Error('nothing appended');
    const unknown = { ...next, type: 'VehicleRepainted' };
    await send(topic, envelope, envelope.streamId);
    await send(topic, envelope, envelope.streamId);
    await send(topic, unknown, envelope.streamId);

    const { consumer, tally } = await consume({ topics: [topic] });
    await waitFor(() => tally.skipped === 1, 45_000, 'all three messages');
    expect(tally).toEqual({ handled: 1, duplicate: 1, skipped: 1, deadLettered: 0 });
    expect(await effectsOf(envelope.streamId)).toBe(1);
    const inbox = (await db.dataSource.query(
      `SELECT event_id, event_type, topic, outcome FROM inbox WHERE consumer_group = $1 ORDER BY "offset"`,
      [consumer.groupId],
    )) as unknown[];
    expect(inbox).toEqual([
      { event_id: envelope.id, event_type: 'VehicleDispatched', topic, outcome: 'handled' },
      { event_id: unknown.id, event_type: 'VehicleRepainted', topic, outcome: 'skipped' },
    ]);
    // Not `restarts: 0`: on a freshly started broker the group coordinator may still be loading at the first join,
    // and restarting through that is exactly what the consumer is for.
    expect(consumer.health()).toMatchObject({ healthy: true, state: 'running' });
  });

  it('retries a failing handler, dead-letters what keeps failing with its reasons, and carries on', async () => {
    const topic = await newTopic(kafka, 'muster.test.poison');
    const streamId = `vehicle-${uniqueName('poison')}`;
    const [good1, flaky, poison, good2] = await appendedEnvelopes(db.dataSource, 4, streamId);
    let flakyFailures = 0;
    let poisonAttempts = 0;
    const handler: EventHandler = async (envelope, tx) => {
      if (envelope.id === flaky?.id && flakyFailures < 2) {
        flakyFailures += 1;
        throw new Error('lock timeout (transient)');
      }
      if (envelope.id === poison?.id) {
        poisonAttempts += 1;
        await tx.query(`SELECT 1/0`); // a real SQL failure inside the handler's transaction
      }
      await recordEffect(envelope, tx);
    };
    for (const envelope of [good1, flaky, poison]) if (envelope) await send(topic, envelope, streamId);
    await send(topic, '{ not json', streamId);
    // A type no inbox row can hold (PostgreSQL text refuses NUL) must not stick the partition in a crash loop.
    await send(topic, JSON.stringify({ ...good1, id: randomUUID(), type: 'Vehicle\u0000Dispatched' }), streamId);
    if (good2) await send(topic, good2, streamId);

    const registry = new Registry();
    const metrics = registerMessagingMetrics(
      registry,
      new OutboxRelay({ dataSource: db.dataSource, kafka, source: 'equipment' }),
    );
    const { consumer, tally } = await consume({
      topics: [topic],
      handlers: { VehicleDispatched: handler },
      maxAttempts: 3,
    });
    metrics.observeConsumer(consumer);
    await waitFor(() => tally.handled === 3, 30_000, 'the good and the flaky events');
    expect(tally).toMatchObject({ handled: 3, deadLettered: 3 });
    expect(poisonAttempts).toBe(3);
    expect(await effectsOf(streamId)).toBe(3);
    // The poison's writes rolled back with its inbox row: a later replay from the DLQ can still handle it.
    const inboxed = (await db.dataSource.query(`SELECT event_id FROM inbox WHERE consumer_group = $1`, [
      consumer.groupId,
    ])) as { event_id: string }[];
    expect(inboxed.map((r) => r.event_id).sort()).toEqual([good1?.id, flaky?.id, good2?.id].sort());

    const dead = await readTopic(kafka, deadLetterTopicOf(topic), 3);
    const poisoned = dead.find((m) => m.value['id'] === poison?.id);
    expect(poisoned?.key).toBe(streamId);
    expect(poisoned?.headers).toMatchObject({
      'muster-event-id': poison?.id,
      [DEAD_LETTER_HEADERS.error]: 'division by zero',
      [DEAD_LETTER_HEADERS.topic]: topic,
      [DEAD_LETTER_HEADERS.attempts]: '3',
      [DEAD_LETTER_HEADERS.consumerGroup]: consumer.groupId,
    });
    expect(poisoned?.headers[DEAD_LETTER_HEADERS.partition]).toMatch(/^[0-2]$/);
    expect(poisoned?.headers[DEAD_LETTER_HEADERS.offset]).toBe('2');
    const garbage = dead.find((m) => m.headers[DEAD_LETTER_HEADERS.offset] === '3');
    expect(garbage?.headers[DEAD_LETTER_HEADERS.error]).toMatch(/^unreadable message: not JSON/);
    const hostile = dead.find((m) => m.headers[DEAD_LETTER_HEADERS.offset] === '4');
    expect(hostile?.headers[DEAD_LETTER_HEADERS.error]).toBe('unreadable message: malformed type');

    const text = await registry.metrics();
    expect(text).toContain(`muster_consumer_dead_lettered_total{group="${consumer.groupId}",topic="${topic}"} 3`);
    expect(text).toContain(
      `muster_consumer_messages_total{group="${consumer.groupId}",topic="${topic}",outcome="handled"} 3`,
    );
  });

  it('republishes after a relay crash between ack and checkpoint, and the consumer still has one effect per event', async () => {
    await skipPublished(db.dataSource); // the earlier tests' events are not this relay's to send
    // The first checkpoint move fails, as if the relay died right after Kafka acknowledged.
    await db.dataSource.query(`
      CREATE SEQUENCE checkpoint_attempts;
      CREATE FUNCTION fail_first_checkpoint() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('checkpoint_attempts') = 1 THEN RAISE EXCEPTION 'relay died before its checkpoint (simulated)'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER fail_first_checkpoint BEFORE UPDATE ON relay_checkpoint FOR EACH ROW
        EXECUTE FUNCTION fail_first_checkpoint();`);
    try {
      const topic = await newTopic(kafka, 'muster.test.crash');
      const streamId = streamIdOf(await append(db.dataSource, 3));
      const relay = new OutboxRelay({
        dataSource: db.dataSource,
        kafka,
        source: 'equipment',
        topic,
        logger: quietLogger,
        retryBaseMs: 50,
      });
      stoppables.push(relay);
      await relay.start();
      await waitFor(async () => (await relay.lag()).pending === 0, 45_000, 'relay to recover and move its checkpoint');

      const onTopic = await readTopic(kafka, topic, 6);
      expect(onTopic.map((m) => m.value['streamVersion'])).toEqual([1, 2, 3, 1, 2, 3]);

      const { tally } = await consume({ topics: [topic] });
      await waitFor(() => tally.handled + tally.duplicate === 6, 45_000, 'all six deliveries');
      expect(tally).toMatchObject({ handled: 3, duplicate: 3 });
      expect(await effectsOf(streamId)).toBe(3);
    } finally {
      await db.dataSource.query(
        `DROP TRIGGER fail_first_checkpoint ON relay_checkpoint; DROP FUNCTION fail_first_checkpoint;
         DROP SEQUENCE checkpoint_attempts`,
      );
    }
  });

  it('restarts after a crash, reporting itself unhealthy meanwhile, then handles the message', async () => {
    const topic = await newTopic(kafka, 'muster.test.restart');
    const { consumer, tally } = await consume({ topics: [topic] });
    await db.dataSource.query(`
      CREATE TABLE inbox_outage (active boolean NOT NULL);
      INSERT INTO inbox_outage VALUES (true);
      CREATE FUNCTION refuse_inbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT active FROM inbox_outage) THEN RAISE EXCEPTION 'inbox unavailable (simulated)'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_inbox BEFORE INSERT ON inbox FOR EACH ROW EXECUTE FUNCTION refuse_inbox();`);
    try {
      const [envelope] = await appendedEnvelopes(db.dataSource, 1);
      if (!envelope) throw new Error('nothing appended');
      await send(topic, envelope, envelope.streamId);
      // Not the handler's fault, so no dead letter: the message stays uncommitted and the consumer crashes.
      // The crash this test causes (a fresh broker's loading coordinator can cause an earlier, unrelated one).
      await waitFor(
        () =>
          !consumer.health().healthy &&
          consumer.health().restarts >= 1 &&
          (consumer.health().lastError ?? '').includes('inbox unavailable'),
        45_000,
        'a crash',
      );
      expect(tally.deadLettered).toBe(0);

      await db.dataSource.query(`UPDATE inbox_outage SET active = false`);
      await waitFor(() => tally.handled === 1, 30_000, 'handling after the restart');
      await waitFor(() => consumer.health().healthy, 45_000, 'healthy again');
      expect(await effectsOf(envelope.streamId)).toBe(1);
    } finally {
      await db.dataSource.query(
        `DROP TRIGGER refuse_inbox ON inbox; DROP FUNCTION refuse_inbox; DROP TABLE inbox_outage`,
      );
    }
  });
});
