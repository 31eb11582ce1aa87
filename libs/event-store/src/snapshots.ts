import { SqlTransaction } from './sql';

/** A decider's state at a stream version: a cache that spares folding a long stream from its start. */
export interface Snapshot<State> {
  readonly version: number;
  readonly state: State;
}

export async function readSnapshot<State>(
  sql: SqlTransaction,
  streamId: string,
  snapshotKey: string,
): Promise<Snapshot<State> | undefined> {
  const [row] = await sql.query<{ version: number; state: State }>(
    `SELECT version, state FROM snapshots WHERE stream_id = $1 AND snapshot_key = $2`,
    [streamId, snapshotKey],
  );
  return row ? { version: row.version, state: row.state } : undefined;
}

/** Keeps the newest snapshot per stream and key; an older one arriving late changes nothing. */
export async function writeSnapshot<State>(
  sql: SqlTransaction,
  streamId: string,
  snapshotKey: string,
  snapshot: Snapshot<State>,
): Promise<void> {
  await sql.query(
    `INSERT INTO snapshots AS s (stream_id, snapshot_key, version, state) VALUES ($1, $2, $3, $4::jsonb)
     ON CONFLICT (stream_id, snapshot_key) DO UPDATE
       SET version = EXCLUDED.version, state = EXCLUDED.state, created_at = now()
       WHERE s.version < EXCLUDED.version`,
    [streamId, snapshotKey, snapshot.version, JSON.stringify(snapshot.state)],
  );
}
