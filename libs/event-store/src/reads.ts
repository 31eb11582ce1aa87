import { DomainEvent, RecordedEvent } from '@muster/event-sourcing';
import { EVENT_COLUMNS, EventRow, toRecordedEvent } from './event-rows';
import { SqlTransaction } from './sql';
import { Checkpoint, ReadAllResult, ReadStreamOptions, START, StreamPage } from './types';
import { UpcasterRegistry } from './upcasting';

const MAX_VERSION = 2147483647;

export async function readStream(
  sql: SqlTransaction,
  upcasters: UpcasterRegistry,
  streamId: string,
  { fromVersion = 1, toVersion = MAX_VERSION, asOf }: ReadStreamOptions = {},
): Promise<RecordedEvent[]> {
  // recorded_at never decreases along a stream (the append function sees to it), so asOf cuts a prefix.
  const rows = await sql.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events
      WHERE stream_id = $1 AND stream_version BETWEEN $2 AND $3 AND ($4::timestamptz IS NULL OR recorded_at <= $4)
      ORDER BY stream_version`,
    [streamId, fromVersion, toVersion, asOf ?? null],
  );
  return rows.map((row) => toRecordedEvent(row, upcasters));
}

/**
 * A stream read as the events of the decider that writes it, for that decider's own load and retried appends. The
 * store's one unchecked cast: it is typed per call, not per stream, so it cannot prove which decider wrote a stream;
 * but only that decider appends to it, and reads upcast every row to the current shape of its type.
 */
export async function readDecidedStream<E extends DomainEvent>(
  sql: SqlTransaction,
  upcasters: UpcasterRegistry,
  streamId: string,
  options: ReadStreamOptions = {},
): Promise<(RecordedEvent & E)[]> {
  return (await readStream(sql, upcasters, streamId, options)) as (RecordedEvent & E)[];
}

/**
 * The common table expressions `snapshot` and `barrier`: `barrier.xid` is the oldest transaction that could still
 * commit events here, so every row of `events` with a lower `transaction_id` is visible to the statement or never
 * will be. Use it in the SAME statement as the rows it guards (a second statement has a second snapshot, and a
 * commit in between would be skipped). A transaction running in another database cannot write to this one, so it
 * does not hold readers back (services share a server); one whose database is unknown — or that just finished —
 * does, until the next read.
 */
export const COMMITTED_BARRIER = `snapshot AS (SELECT pg_current_snapshot() AS s),
  barrier AS (
    SELECT coalesce(
      (SELECT min(x) FROM snapshot, pg_snapshot_xip(snapshot.s) AS x
        WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a
                           WHERE a.backend_xid = x::xid AND a.datname <> current_database())),
      (SELECT pg_snapshot_xmax(s) FROM snapshot)) AS xid)`;

/** Several streams read whole in one query, as `readDecidedStream` reads one: by stream id, none missing. */
export async function readDecidedStreams<E extends DomainEvent>(
  sql: SqlTransaction,
  upcasters: UpcasterRegistry,
  streamIds: readonly string[],
): Promise<Map<string, (RecordedEvent & E)[]>> {
  const streams = new Map(streamIds.map((id): [string, (RecordedEvent & E)[]] => [id, []]));
  const rows = await sql.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, stream_version`,
    [streamIds],
  );
  for (const row of rows) streams.get(row.stream_id)?.push(toRecordedEvent(row, upcasters) as RecordedEvent & E);
  return streams;
}

/**
 * Every event in commit-safe order. Positions are taken when a transaction inserts, not when it commits, so a reader
 * ordering by position alone would skip an event whose transaction commits after a later position was read. Only
 * rows of transactions older than the snapshot's xmin (all finished) are read, ordered by transaction id: a
 * transaction still running holds every later one back until it ends, and nothing can appear behind the checkpoint.
 */
export async function readAll(
  sql: SqlTransaction,
  upcasters: UpcasterRegistry,
  { after = START, limit }: { after?: Checkpoint; limit: number },
): Promise<ReadAllResult> {
  const rows = await sql.query<EventRow>(
    `WITH ${COMMITTED_BARRIER}
     SELECT ${EVENT_COLUMNS} FROM events, barrier
      WHERE events.transaction_id < barrier.xid
        AND (events.transaction_id, events.global_position) > ($1::xid8, $2::bigint)
      ORDER BY events.transaction_id, events.global_position
      LIMIT $3`,
    [after.transactionId, after.globalPosition, limit],
  );
  const last = rows.at(-1);
  return {
    events: rows.map((row) => toRecordedEvent(row, upcasters)),
    checkpoint: last ? { transactionId: last.transaction_id, globalPosition: last.global_position } : after,
  };
}

/** Everything one business operation caused, across streams, in the order it was recorded. */
export async function readByCorrelation(
  sql: SqlTransaction,
  upcasters: UpcasterRegistry,
  correlationId: string,
  { limit, offset = 0 }: { limit: number; offset?: number },
): Promise<RecordedEvent[]> {
  const rows = await sql.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE metadata->>'correlationId' = $1
      ORDER BY events.global_position LIMIT $2 OFFSET $3`,
    [correlationId, limit, offset],
  );
  return rows.map((row) => toRecordedEvent(row, upcasters));
}

export async function readStreamPage(
  sql: SqlTransaction,
  upcasters: UpcasterRegistry,
  streamId: string,
  { fromVersion = 1, limit }: { fromVersion?: number; limit: number },
): Promise<StreamPage> {
  // One row more than asked tells whether another page follows.
  const rows = await sql.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND stream_version >= $2
      ORDER BY stream_version LIMIT $3`,
    [streamId, fromVersion, limit + 1],
  );
  const page = rows.slice(0, limit);
  return {
    events: page.map((row) => toRecordedEvent(row, upcasters)),
    nextFromVersion: rows.length > limit ? rows[limit].stream_version : null,
  };
}

export async function currentVersion(sql: SqlTransaction, streamId: string): Promise<number> {
  const [row] = await sql.query<{ version: number }>(`SELECT version FROM streams WHERE stream_id = $1`, [streamId]);
  return row?.version ?? 0;
}
