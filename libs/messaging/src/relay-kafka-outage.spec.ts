import { RecordedEvent } from '@muster/event-sourcing';
import { Kafka } from 'kafkajs';
import { kafkaReady } from './kafka';
import { OutboxRelay } from './outbox-relay';
import {
  SpecDatabase,
  append,
  newStreamId,
  openDatabase,
  quietLogger,
  readTopic,
  specKafka,
  startDedicatedKafka,
  newTopic,
  waitFor,
  sleep,
} from './spec-support';

/**
 * The local runner draws a random base64url cluster id, and one in 64 starts with "-", which the storage tool reads as
 * an option; each try draws a new one.
 */
async function startDedicatedBroker(tries = 3): ReturnType<typeof startDedicatedKafka> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startDedicatedKafka();
    } catch (error) {
      if (attempt >= tries) throw error;
    }
  }
}

/** A broker of this file's own, stopped and restarted mid-test: the shared one stays up for everybody else. */
describe('relay through a Kafka outage (real PostgreSQL, dedicated Kafka)', () => {
  let db: SpecDatabase;
  let broker: Awaited<ReturnType<typeof startDedicatedKafka>> | undefined;
  let kafka: Kafka;
  /** The same broker as a readiness probe asks it: with a client of its own that does not retry. */
  let probe: Kafka;
  let stoppable: OutboxRelay | undefined;

  beforeAll(async () => {
    db = await openDatabase('outage');
    const dedicated = await startDedicatedBroker();
    broker = dedicated;
    kafka = specKafka([dedicated.brokers]);
    probe = specKafka([dedicated.brokers], 0);
  }, 120_000);
  afterAll(async () => {
    await stoppable?.stop();
    await broker?.dispose();
    await db.close();
  }, 60_000);

  it('keeps every event while Kafka is down and publishes them all, in order, once it is back', async () => {
    const topic = await newTopic(kafka, 'muster.test.outage');
    const relay = new OutboxRelay({
      dataSource: db.dataSource,
      kafka,
      source: 'equipment',
      topic,
      logger: quietLogger,
      retryBaseMs: 100,
      retryMaxMs: 1000,
    });
    const failures: string[] = [];
    relay.observe({ failed: (_, error) => failures.push(String(error)) });
    stoppable = relay;
    await relay.start();
    const before = await append(db.dataSource, 2);
    await waitFor(async () => (await relay.lag()).pending === 0, 45_000, 'publish before the outage');

    await broker?.stop();
    expect((await kafkaReady(probe, 2000)).ok).toBe(false);
    // Commands keep succeeding: their events wait in the events table, past the relay's checkpoint.
    const streams: RecordedEvent[][] = [];
    for (const count of [5, 4, 3]) {
      const streamId = newStreamId();
      const head = await append(db.dataSource, 2, streamId);
      streams.push([...head, ...(await append(db.dataSource, count - 2, streamId))]);
    }
    await waitFor(async () => failures.length >= 1, 30_000, 'a failed publish attempt');
    const during = await relay.lag();
    expect(during.pending).toBe(12);
    expect(failures[0]).toBeTruthy();

    await broker?.start();
    await waitFor(async () => (await relay.lag()).pending === 0, 60_000, 'the backlog to drain');
    expect(await relay.lag()).toEqual({
      pending: 0,
      oldestAgeSeconds: 0,
      quarantined: 0,
      oldestTransactionAgeSeconds: 0,
    });

    const messages = await readTopic(kafka, topic, 14);
    await sleep(500);
    for (const events of [before, ...streams]) {
      const streamId = events[0]?.streamId;
      const arrived = messages.filter((m) => m.key === streamId).map((m) => m.value['id']);
      // At least once: a publish whose ack was lost may repeat, but nothing is missing or out of order.
      const firstArrivals = arrived.filter((id, i) => arrived.indexOf(id) === i);
      expect(firstArrivals).toEqual(events.map((e) => e.id));
    }
  }, 150_000);
});
