import { randomUUID } from 'node:crypto';
import { COMMITTED_BARRIER } from '@muster/event-store';
import { Pool } from 'pg';
import { EVENT_TYPE, eventData, eventMetadata, memberStreamId } from '../payload';
import { Contender, PRELOAD_BATCH, PRELOAD_CONCURRENCY, inParallel } from './contender';
import { Forwarder, startForwarder } from './forwarder';

/** Muster's `events` table, column for column, constraint for constraint and index for index; nothing else. */
const SCHEMA = [
  `CREATE TABLE raw_events (
     global_position bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
     id              uuid        NOT NULL UNIQUE,
     stream_id       text        NOT NULL,
     stream_type     text        NOT NULL,
     stream_version  integer     NOT NULL CHECK (stream_version >= 1),
     type            text        NOT NULL,
     schema_version  integer     NOT NULL CHECK (schema_version >= 1),
     data            jsonb       NOT NULL,
     metadata        jsonb       NOT NULL,
     occurred_at     timestamptz NOT NULL,
     recorded_at     timestamptz NOT NULL DEFAULT now(),
     hash            text        NOT NULL,
     previous_hash   text,
     CONSTRAINT raw_events_stream_version_unique UNIQUE (stream_id, stream_version)
   )`,
  `CREATE INDEX raw_events_transaction_order ON raw_events (transaction_id, global_position)`,
  `CREATE INDEX raw_events_correlation ON raw_events ((metadata->>'correlationId'), global_position)`,
];

const COLUMNS = `id, stream_id, stream_type, stream_version, type, schema_version, data, metadata, occurred_at, hash,
  previous_hash`;

/** A hash-sized placeholder: the floor stores as many bytes as Muster does but computes nothing. */
const HASH = 'f'.repeat(64);

/**
 * The floor: one single-row INSERT per append, autocommitted (one round trip, one transaction) through a pg Pool.
 * The unique (stream_id, stream_version) is its whole concurrency control: a stale version fails with 23505. Given
 * Kafka brokers, the publication floor: a minimal tailer sending the rows to Kafka meanwhile, in commit order below
 * the commit barrier (barrier and rows in one statement, as any gap-safe reader must), each row's JSON built in Node.
 */
export async function openFloor(
  databaseUrl: string,
  poolSize: number,
  kafkaBrokers: string | false,
): Promise<Contender> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize, application_name: 'muster-bench-floor' });
  for (const statement of SCHEMA) await pool.query(statement);
  let tailer: Forwarder | undefined;
  if (kafkaBrokers !== false) {
    tailer = await startForwarder({
      databaseUrl,
      kafkaBrokers,
      start: { transactionId: '0', globalPosition: '0' },
      read: async (after, limit) => {
        const { rows } = await pool.query<
          Record<string, unknown> & { transaction_id: string; global_position: string; stream_id: string }
        >(
          `WITH ${COMMITTED_BARRIER}
           SELECT e.global_position::text AS global_position, e.transaction_id::text AS transaction_id, e.id,
                  e.stream_id, e.stream_type, e.stream_version, e.type, e.schema_version, e.data, e.metadata,
                  e.occurred_at, e.recorded_at, e.hash, e.previous_hash
             FROM raw_events e, barrier
            WHERE e.transaction_id < barrier.xid AND (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
            ORDER BY e.transaction_id, e.global_position LIMIT $3`,
          [after.transactionId, after.globalPosition, limit],
        );
        const last = rows.at(-1);
        return {
          messages: rows.map((row) => ({ key: row.stream_id, value: JSON.stringify(row) })),
          next: last ? { transactionId: last.transaction_id, globalPosition: last.global_position } : after,
        };
      },
    });
  }

  return {
    async append(streamId, expectedVersion) {
      try {
        await pool.query(
          `INSERT INTO raw_events (${COLUMNS}) VALUES ($1, $2, 'member', $3, $4, 1, $5, $6, now(), $7, $8)`,
          [
            randomUUID(),
            streamId,
            expectedVersion + 1,
            EVENT_TYPE,
            JSON.stringify(eventData()),
            JSON.stringify(eventMetadata()),
            HASH,
            expectedVersion === 0 ? null : HASH,
          ],
        );
        tailer?.wake();
        return 'ok';
      } catch (error) {
        if ((error as { code?: unknown }).code === '23505') return 'conflict';
        throw error;
      }
    },
    async head(streamId) {
      const { rows } = await pool.query<{ version: number }>(
        `SELECT coalesce(max(stream_version), 0) AS version FROM raw_events WHERE stream_id = $1`,
        [streamId],
      );
      return rows[0]?.version ?? 0;
    },
    async preload(events) {
      await inParallel(Math.ceil(events / PRELOAD_BATCH), PRELOAD_CONCURRENCY, async (index) => {
        const count = Math.min(PRELOAD_BATCH, events - index * PRELOAD_BATCH);
        const streamId = memberStreamId();
        const metadata = JSON.stringify(eventMetadata());
        await pool.query(
          `INSERT INTO raw_events (${COLUMNS})
           SELECT gen_random_uuid(), $1, 'member', n, $2, 1, d, $3::jsonb, now(), $4, $4
             FROM unnest($5::jsonb[]) WITH ORDINALITY AS u(d, n)`,
          [streamId, EVENT_TYPE, metadata, HASH, Array.from({ length: count }, () => JSON.stringify(eventData()))],
        );
      });
      await pool.query('VACUUM ANALYZE raw_events');
    },
    async readAll(batchSize) {
      // The same columns Muster reads, in position order, decoded by pg (jsonb parsed) and nothing more. Qualified
      // names: the text alias would otherwise shadow the column in WHERE/ORDER BY and sort as text.
      let after = '0';
      let total = 0;
      for (;;) {
        const { rows } = await pool.query<{ global_position: string }>(
          `SELECT global_position::text AS global_position, transaction_id::text AS transaction_id, id, stream_id,
                  stream_type, stream_version, type, schema_version, data, metadata, occurred_at, recorded_at, hash,
                  previous_hash
             FROM raw_events WHERE raw_events.global_position > $1::bigint
            ORDER BY raw_events.global_position LIMIT $2`,
          [after, batchSize],
        );
        total += rows.length;
        if (rows.length < batchSize) return total;
        after = rows[rows.length - 1].global_position;
      }
    },
    async close() {
      await tailer?.stop();
      await pool.end();
    },
  };
}
