import { eventStoreMigrations } from '@muster/event-store';
import { RecordedEvent } from '@muster/event-sourcing';
import { Kafka } from 'kafkajs';
import { OutboxRelay } from '../outbox-relay';
import {
  SpecDatabase,
  append,
  kafkaBrokers,
  quietLogger,
  readTopic,
  specKafka,
  newTopic,
  uniqueName,
  waitFor,
} from '../spec-support';
import { openMigratedDatabase } from '@muster/testing';
import { messagingMigrations } from '.';
import { EventsAreTheOutbox1767225600103 } from './1767225600103-events-are-the-outbox';

/** A database that ran the outbox design, with a backlog, moved to the events-table design. */
describe('migration 1767225600103: the events table becomes the outbox (real PostgreSQL and Kafka)', () => {
  const before = messagingMigrations.filter((migration) => migration !== EventsAreTheOutbox1767225600103);
  let db: SpecDatabase | undefined;
  let relay: OutboxRelay | undefined;
  let kafka: Kafka;

  beforeAll(() => {
    kafka = specKafka(kafkaBrokers());
  });
  afterEach(async () => {
    await relay?.stop();
    await db?.close();
    relay = undefined;
    db = undefined;
  });

  it('starts the relay at the oldest unpublished outbox row and carries the quarantined rows over', async () => {
    const database = await openMigratedDatabase('outbox-upgrade', [...eventStoreMigrations, ...before]);
    db = database;
    const { dataSource } = database;
    await dataSource.query(`INSERT INTO outbox_source (source, topic) VALUES ('equipment', 'muster.old.topic')`);
    const sent = await append(dataSource, 2);
    const oversized = await append(dataSource, 1);
    const waiting: RecordedEvent[] = [...(await append(dataSource, 2)), ...(await append(dataSource, 1))];
    // What the old relay had done: the first appends published, one row quarantined, the rest still waiting.
    await dataSource.query(`UPDATE outbox SET published_at = now() WHERE event_id = ANY($1::uuid[])`, [
      sent.map((e) => e.id),
    ]);
    await dataSource.query(
      `UPDATE outbox SET quarantined_at = now(), last_error = 'too large' WHERE event_id = ANY($1::uuid[])`,
      [oversized.map((e) => e.id)],
    );

    const runner = dataSource.createQueryRunner();
    try {
      await new EventsAreTheOutbox1767225600103().up(runner);
    } finally {
      await runner.release();
    }
    const tables = (await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_name IN ('outbox', 'outbox_source')`,
    )) as unknown[];
    expect(tables).toEqual([]);
    expect(await dataSource.query(`SELECT event_id, reason FROM relay_quarantine`)).toEqual([
      { event_id: oversized[0]?.id, reason: 'too large' },
    ]);

    const topic = await newTopic(kafka, 'muster.test.upgrade');
    relay = new OutboxRelay({ dataSource, kafka, source: 'equipment', topic, logger: quietLogger });
    expect((await relay.lag()).pending).toBe(3);
    await relay.start();
    const messages = await readTopic(kafka, topic, 3);
    expect(messages.map((m) => m.value['id']).sort()).toEqual(waiting.map((e) => e.id).sort());
    await waitFor(async () => (await relay?.lag())?.pending === 0, 45_000, 'the backlog published');
  });

  it('starts after the last event when nothing was waiting', async () => {
    const database = await openMigratedDatabase('outbox-upgrade-idle', [...eventStoreMigrations, ...before]);
    db = database;
    const { dataSource } = database;
    await dataSource.query(`INSERT INTO outbox_source (source, topic) VALUES ('equipment', 'muster.old.topic')`);
    await append(dataSource, 3);
    await dataSource.query(`UPDATE outbox SET published_at = now()`);
    const runner = dataSource.createQueryRunner();
    try {
      await new EventsAreTheOutbox1767225600103().up(runner);
    } finally {
      await runner.release();
    }
    relay = new OutboxRelay({ dataSource, kafka, source: 'equipment', topic: uniqueName('muster.test.idle') });
    expect(await relay.lag()).toMatchObject({ pending: 0, quarantined: 0 });
  });
});
