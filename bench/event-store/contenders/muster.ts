import { DataSource } from 'typeorm';
import { ConcurrencyError, PostgresEventStore, START, eventStoreMigrations } from '@muster/event-store';
import { configureOutbox, messagingMigrations } from '@muster/messaging';
import { EVENT_TYPE, eventData, eventMetadata, memberStreamId } from '../payload';
import { Contender, PRELOAD_BATCH, PRELOAD_CONCURRENCY, inParallel } from './contender';

/**
 * A service's DataSource: the event store's and messaging's migrations, as `dataSourceOptions` lists them (or, with
 * `outbox: false`, the event store's alone: no outbox tables, no capture trigger).
 */
export async function openMusterDataSource(databaseUrl: string, poolSize: number, outbox = true): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl,
    migrations: outbox ? [...eventStoreMigrations, ...messagingMigrations] : eventStoreMigrations,
    synchronize: false,
    logging: false,
    poolSize,
    applicationName: 'muster-bench',
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** Diagnostic: the production capture trigger's function, unchanged except that its `pg_notify` is not sent. */
async function dropNotify(dataSource: DataSource): Promise<void> {
  const [row] = (await dataSource.query(`SELECT pg_get_functiondef('outbox_capture'::regproc) AS definition`)) as {
    definition: string;
  }[];
  const notify = `PERFORM pg_notify('muster_outbox', '');`;
  if (!row?.definition.includes(notify)) throw new Error('outbox_capture() no longer sends the NOTIFY this drops');
  await dataSource.query(row.definition.replace(notify, ''));
}

/**
 * Muster's PostgresEventStore. With `outbox`, wired as PlatformModule does: every migration, the outbox configured
 * for the service (`configureOutbox`), no Node hooks; the capture trigger writes each append's outbox rows and NOTIFY
 * in the append's own statement. Without, the event store alone (no outbox at all): what the outbox costs.
 * 'without-notify' is a diagnostic: the outbox as shipped minus its NOTIFY.
 */
export async function openMuster(
  databaseUrl: string,
  poolSize: number,
  outbox: boolean | 'without-notify',
): Promise<Contender> {
  const dataSource = await openMusterDataSource(databaseUrl, poolSize, outbox !== false);
  if (outbox !== false) await configureOutbox(dataSource, 'personnel');
  if (outbox === 'without-notify') await dropNotify(dataSource);
  const store = new PostgresEventStore(dataSource);

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
    close: () => dataSource.destroy(),
  };
}
