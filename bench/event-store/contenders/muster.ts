import { ensureTopics } from '@muster/infra';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ConcurrencyError, PostgresEventStore, START, eventStoreMigrations } from '@muster/event-store';
import { OutboxRelay, createKafka, messagingMigrations } from '@muster/messaging';
import { kafkaSasl } from '@muster/testing';
import { EVENT_TYPE, eventData, eventMetadata, memberStreamId } from '../payload';
import { quietRelayLogger } from '../quiet-logger';
import { Contender, PRELOAD_BATCH, PRELOAD_CONCURRENCY, inParallel } from './contender';

/**
 * A service's DataSource: the event store's and messaging's migrations, as `dataSourceOptions` lists them (or, with
 * `messaging: false`, the event store's alone).
 */
export async function openMusterDataSource(
  databaseUrl: string,
  poolSize: number,
  messaging = true,
): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl,
    migrations: messaging ? [...eventStoreMigrations, ...messagingMigrations] : eventStoreMigrations,
    synchronize: false,
    logging: false,
    poolSize,
    applicationName: 'muster-bench',
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** Moves the relay's checkpoint past every event so far: a timed relay publishes only what is appended next. */
export async function skipToEnd(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `UPDATE relay_checkpoint c SET transaction_id = e.transaction_id, global_position = e.global_position
       FROM (SELECT transaction_id, global_position FROM events
              ORDER BY transaction_id DESC, global_position DESC LIMIT 1) e`,
  );
}

/**
 * Muster's PostgresEventStore, no Node hooks: every append is one autocommitted statement. Given Kafka brokers, wired
 * as PlatformModule does: every migration, and the relay (on the same pool) publishing the events table to a fresh
 * topic throughout, woken by each append — the load a service runs under. Without, the event store alone: nothing
 * published.
 */
export async function openMuster(
  databaseUrl: string,
  poolSize: number,
  kafkaBrokers: string | false,
): Promise<Contender> {
  const dataSource = await openMusterDataSource(databaseUrl, poolSize, kafkaBrokers !== false);
  const store = new PostgresEventStore(dataSource);
  let relay: OutboxRelay | undefined;
  if (kafkaBrokers !== false) {
    const kafka = createKafka(kafkaBrokers.split(','), 'muster-bench', quietRelayLogger, kafkaSasl());
    const topic = `muster.bench.append.${randomUUID().slice(0, 8)}`;
    await ensureTopics(kafka, [topic]);
    relay = new OutboxRelay({ dataSource, kafka, source: 'personnel', topic, logger: quietRelayLogger });
    const running = relay;
    store.onAppended(() => running.wake());
    await relay.start();
  }

  return {
    async append(streamId, expectedVersion) {
      try {
        await store.append(streamId, [{ type: EVENT_TYPE, data: eventData() }], {
          expectedVersion,
          metadata: eventMetadata(),
        });
        return 'ok';
      } catch (error) {
        if (error instanceof ConcurrencyError) return 'conflict';
        throw error;
      }
    },
    async head(streamId) {
      const rows = (await dataSource.query(`SELECT version FROM streams WHERE stream_id = $1`, [streamId])) as {
        version: number;
      }[];
      return rows[0]?.version ?? 0;
    },
    async preload(events) {
      // Through the store's own append (hash chain and all); read-all opens the store without the outbox.
      await inParallel(Math.ceil(events / PRELOAD_BATCH), PRELOAD_CONCURRENCY, async (index) => {
        const count = Math.min(PRELOAD_BATCH, events - index * PRELOAD_BATCH);
        const batch = Array.from({ length: count }, () => ({ type: EVENT_TYPE, data: eventData() }));
        await store.append(memberStreamId(), batch, { expectedVersion: 'no-stream', metadata: eventMetadata() });
      });
      await dataSource.query('VACUUM ANALYZE events');
    },
    async readAll(batchSize) {
      let after = START;
      let total = 0;
      for (;;) {
        const { events, checkpoint } = await store.readAll({ after, limit: batchSize });
        total += events.length;
        if (events.length < batchSize) return total;
        after = checkpoint;
      }
    },
    async close() {
      await relay?.stop();
      await dataSource.destroy();
    },
  };
}
