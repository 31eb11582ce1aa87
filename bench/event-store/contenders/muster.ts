import { DataSource } from 'typeorm';
import { AppendHook, ConcurrencyError, PostgresEventStore, START, eventStoreMigrations } from '@muster/event-store';
import { messagingMigrations, outboxHook } from '@muster/messaging';
import { EVENT_TYPE, eventData, eventMetadata, memberStreamId } from '../payload';
import { Contender, PRELOAD_BATCH, PRELOAD_CONCURRENCY, inParallel } from './contender';

/** A service's DataSource: the event store's and messaging's migrations, as `dataSourceOptions` lists them. */
export async function openMusterDataSource(databaseUrl: string, poolSize: number): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl,
    migrations: [...eventStoreMigrations, ...messagingMigrations],
    synchronize: false,
    logging: false,
    poolSize,
    applicationName: 'muster-bench',
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** Diagnostic: the production outbox hook, unchanged, except that its `SELECT pg_notify(...)` is not sent. */
function withoutNotify(hook: AppendHook): AppendHook {
  return {
    name: `${hook.name} (no NOTIFY)`,
    onAppended: (events, tx) =>
      hook.onAppended(events, {
        query: async <Row>(sql: string, parameters?: readonly unknown[]) =>
          sql.includes('pg_notify') ? ([] as Row[]) : tx.query<Row>(sql, parameters),
      }),
  };
}

/**
 * Muster's PostgresEventStore. With `outbox`, constructed as PlatformModule does (`outboxHook(service)` as a hook),
 * so every append also writes its outbox row and NOTIFY in the same transaction; without, no hooks at all.
 */
export async function openMuster(
  databaseUrl: string,
  poolSize: number,
  outbox: boolean | 'without-notify',
): Promise<Contender> {
  const dataSource = await openMusterDataSource(databaseUrl, poolSize);
  const hooks =
    outbox === false ? [] : [outbox === true ? outboxHook('personnel') : withoutNotify(outboxHook('personnel'))];
  const store = new PostgresEventStore(dataSource, { hooks });
  const bare = outbox ? new PostgresEventStore(dataSource) : store;

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
      // Through the store's own append (hash chain and all), without the outbox: read-all does not touch it.
      await inParallel(Math.ceil(events / PRELOAD_BATCH), PRELOAD_CONCURRENCY, async (index) => {
        const count = Math.min(PRELOAD_BATCH, events - index * PRELOAD_BATCH);
        const batch = Array.from({ length: count }, () => ({ type: EVENT_TYPE, data: eventData() }));
        await bare.append(memberStreamId(), batch, { expectedVersion: 'no-stream', metadata: eventMetadata() });
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
