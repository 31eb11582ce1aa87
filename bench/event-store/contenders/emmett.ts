import { dumbo } from '@event-driven-io/dumbo';
import { Event, isExpectedVersionConflictError } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore, readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import { BenchEventData, BenchMetadata, EVENT_TYPE, eventData, eventMetadata, memberStreamId } from '../payload';
import { Contender, PRELOAD_BATCH, PRELOAD_CONCURRENCY, inParallel } from './contender';
import { Forwarder, startForwarder } from './forwarder';

type MemberRegistered = Event<typeof EVENT_TYPE, BenchEventData, BenchMetadata>;

function memberRegistered(metadata: BenchMetadata): MemberRegistered {
  return { type: EVENT_TYPE, data: eventData(), metadata };
}

/** emmett's metadata carries bigints (positions), which JSON.stringify refuses. */
const asJson = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));

/**
 * The peer: @event-driven-io/emmett-postgresql's event store on a pg Pool of the same size as Muster's. Its schema is
 * migrated here, before any timing (appendToStream would otherwise create it on first use). Given Kafka brokers, the
 * fair peer of Muster publishing: a forwarder sending its log to Kafka meanwhile, read with emmett's global batch read
 * (what its consumers poll with) on the same pool, woken by each append.
 */
export async function openEmmett(
  databaseUrl: string,
  poolSize: number,
  kafkaBrokers: string | false,
): Promise<Contender> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize, application_name: 'muster-bench-emmett' });
  const store = getPostgreSQLEventStore(databaseUrl, { connectionOptions: { pool } });
  await store.schema.migrate();
  const reader = dumbo({ connectionString: databaseUrl, pool });
  let forwarder: Forwarder | undefined;
  if (kafkaBrokers !== false) {
    forwarder = await startForwarder({
      databaseUrl,
      kafkaBrokers,
      start: '0',
      read: async (after, limit) => {
        const batch = await readMessagesBatch<MemberRegistered>(reader.execute, {
          after: BigInt(after),
          batchSize: limit,
        });
        return {
          messages: batch.messages.map((message) => ({ key: message.metadata.streamName, value: asJson(message) })),
          next: batch.messages.length > 0 ? batch.currentGlobalPosition.toString() : after,
        };
      },
    });
  }

  return {
    async append(streamId, expectedVersion) {
      try {
        await store.appendToStream<MemberRegistered>(streamId, [memberRegistered(eventMetadata())], {
          expectedStreamVersion: BigInt(expectedVersion),
        });
        forwarder?.wake();
        return 'ok';
      } catch (error) {
        if (isExpectedVersionConflictError(error)) return 'conflict';
        throw error;
      }
    },
    async head(streamId) {
      const { rows } = await pool.query<{ stream_position: bigint | string }>(
        `SELECT stream_position FROM emt_streams WHERE stream_id = $1 AND is_archived = FALSE`,
        [streamId],
      );
      return rows[0] ? Number(rows[0].stream_position) : 0;
    },
    async preload(events) {
      await inParallel(Math.ceil(events / PRELOAD_BATCH), PRELOAD_CONCURRENCY, async (index) => {
        const count = Math.min(PRELOAD_BATCH, events - index * PRELOAD_BATCH);
        const metadata = eventMetadata();
        const batch = Array.from({ length: count }, () => memberRegistered(metadata));
        await store.appendToStream<MemberRegistered>(memberStreamId(), batch, { expectedStreamVersion: 0n });
      });
      await pool.query('VACUUM ANALYZE emt_messages');
    },
    async readAll(batchSize) {
      // emmett's global read, as its consumers page through the log (ordered by transaction id, then position).
      let result = await readMessagesBatch<MemberRegistered>(reader.execute, { from: 0n, batchSize });
      let total = result.messages.length;
      while (result.messages.length === batchSize) {
        result = await readMessagesBatch<MemberRegistered>(reader.execute, {
          after: result.currentGlobalPosition,
          batchSize,
        });
        total += result.messages.length;
      }
      return total;
    },
    async close() {
      await forwarder?.stop();
      await store.close();
      await pool.end();
    },
  };
}
