import { COMMITTED_BARRIER, Checkpoint, SqlTransaction } from '@muster/event-store';
import { TILE_WIDTH } from '@muster/log-proofs';
import { isoTimestampSql } from '@muster/messaging';

/**
 * The log entry (docs/audit.md) of the `events` row aliased `e`, at the log index `indexSql`, as JSON text: every
 * field the event's hash covers, as stored, so that anyone can recompute the hash chain and the tree from entries.
 * `json_build_object` writes the text as it goes; `jsonb_build_object` would build a binary document and print it
 * again, three times the work for the copy of every event (the bytes of an entry are not hashed: its fields are).
 */
function entrySql(logSql: string, indexSql: string): string {
  return `json_build_object(
    'log', ${logSql}::text,
    'logIndex', ${indexSql},
    'id', e.id,
    'streamId', e.stream_id,
    'streamType', e.stream_type,
    'streamVersion', e.stream_version,
    'type', e.type,
    'schemaVersion', e.schema_version,
    'data', e.data,
    'metadata', e.metadata,
    'occurredAt', ${isoTimestampSql('e.occurred_at')},
    'recordedAt', ${isoTimestampSql('e.recorded_at')},
    'hash', e.hash,
    'previousHash', e.previous_hash)::text`;
}

export interface LogLeafRow {
  readonly id: string;
  readonly hash: string;
  readonly transaction_id: string;
  readonly global_position: string;
}

/**
 * The next events of the log in commit order — the order the tree takes them in, below the commit barrier so that
 * nothing can later appear behind them: only what the tree needs of each. Barrier and rows in ONE statement.
 */
export function readLogLeaves(sql: SqlTransaction, after: Checkpoint, limit: number): Promise<LogLeafRow[]> {
  return sql.query<LogLeafRow>(
    `WITH ${COMMITTED_BARRIER}
     SELECT e.id, e.hash, e.transaction_id::text AS transaction_id, e.global_position::text AS global_position
       FROM events e, barrier
      WHERE e.transaction_id < barrier.xid
        AND (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
      ORDER BY e.transaction_id, e.global_position
      LIMIT $3`,
    [after.transactionId, after.globalPosition, limit],
  );
}

/**
 * The log as the database holds it now, in commit order below the commit barrier, numbered from `firstIndex`: a page
 * of the audit export, or the signer's next leaves with the entries it copies to the log topic (the entry's JSON text,
 * and where the next page starts).
 */
export function readLogEntries(
  sql: SqlTransaction,
  log: string,
  after: Checkpoint,
  firstIndex: number,
  limit: number,
): Promise<Array<LogLeafRow & { readonly entry: string }>> {
  return sql.query(
    `WITH ${COMMITTED_BARRIER},
     batch AS (
       SELECT e.* FROM events e, barrier
        WHERE e.transaction_id < barrier.xid
          AND (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
        ORDER BY e.transaction_id, e.global_position
        LIMIT $3)
     SELECT e.id, e.hash, e.transaction_id::text AS transaction_id, e.global_position::text AS global_position,
            ${entrySql('$4', '$5::bigint + row_number() OVER (ORDER BY e.transaction_id, e.global_position) - 1')}
              AS entry
       FROM batch e
      ORDER BY e.transaction_id, e.global_position`,
    [after.transactionId, after.globalPosition, limit, log, firstIndex],
  );
}

/**
 * Entries already in the tree, by log index: what the log topic is sent again from after a failure or a crash. The tree takes
 * events in commit order, so they are counted from where the leaf tile of `fromIndex` starts.
 */
export async function readTreeEntries(
  sql: SqlTransaction,
  log: string,
  fromIndex: number,
  toIndex: number,
): Promise<string[]> {
  const tile = Math.floor(fromIndex / TILE_WIDTH);
  const rows = await sql.query<{ entry: string }>(
    // LATERAL, so that the tile's start bounds the index scan: joined as a plain filter, the scan began at the log's
    // first event and each page cost the whole log.
    `WITH run AS (
       SELECT e.* FROM log_tile_starts start
        CROSS JOIN LATERAL (
          SELECT e.* FROM events e
           WHERE (e.transaction_id, e.global_position) >= (start.transaction_id, start.global_position)
           ORDER BY e.transaction_id, e.global_position
           LIMIT $3) e
        WHERE start.index = $2),
     numbered AS (
       SELECT e.*, $2 * ${TILE_WIDTH} + row_number() OVER (ORDER BY e.transaction_id, e.global_position) - 1 AS log_index
         FROM run e)
     SELECT ${entrySql('$1', 'e.log_index')} AS entry FROM numbered e WHERE e.log_index >= $4 ORDER BY e.log_index`,
    [log, tile, toIndex - tile * TILE_WIDTH, fromIndex],
  );
  return rows.map((row) => row.entry);
}
