import { RecordedEvent } from '@muster/event-sourcing';
import { PostgresEventStore } from './postgres-event-store';
import { SqlTransaction } from './sql';
import { Checkpoint, START } from './types';

/**
 * A read model fed from the global order after commit (unlike an AppendHook, which runs inside the append).
 * `applyAll` runs in the same transaction as the checkpoint update, so each event is applied exactly once.
 */
export interface CatchUpProjection {
  readonly name: string;
  readonly handles: readonly string[];
  /** A batch's handled events, in global order: set-wise statements for the batch, or one event after another. */
  applyAll(events: readonly RecordedEvent[], tx: SqlTransaction): Promise<void>;
  /** Empties the read model, before a rebuild. */
  reset(tx: SqlTransaction): Promise<void>;
}

/** 1297436749 = 'MUPM': the advisory lock class that keeps two runners of one projection from interleaving. */
const PROJECTION_LOCK_CLASS = 1297436749;

export class CatchUpProjectionRunner {
  private readonly batchSize: number;

  constructor(
    private readonly store: PostgresEventStore,
    options: { batchSize?: number } = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
  }

  /** Processes every event visible now, batch by batch from the stored checkpoint. Returns how many were read. */
  async catchUp(projection: CatchUpProjection): Promise<number> {
    let total = 0;
    for (;;) {
      const read = await this.store.transaction(async (tx) => {
        await lock(tx, projection.name);
        const after = await loadCheckpoint(tx, projection.name);
        return this.applyBatch(projection, after, tx);
      });
      total += read.count;
      if (read.count < this.batchSize) return total;
    }
  }

  /** Resets the read model and replays the whole store, in one transaction: readers never see it half built. */
  rebuild(projection: CatchUpProjection): Promise<number> {
    return this.store.transaction(async (tx) => {
      await lock(tx, projection.name);
      await projection.reset(tx);
      await tx.query(`DELETE FROM projection_checkpoints WHERE name = $1`, [projection.name]);
      let after = START;
      let total = 0;
      for (;;) {
        const read = await this.applyBatch(projection, after, tx);
        total += read.count;
        after = read.checkpoint;
        if (read.count < this.batchSize) return total;
      }
    });
  }

  private async applyBatch(
    projection: CatchUpProjection,
    after: Checkpoint,
    tx: SqlTransaction,
  ): Promise<{ count: number; checkpoint: Checkpoint }> {
    const { events, checkpoint } = await this.store.readAll({ after, limit: this.batchSize }, tx);
    const handles = new Set(projection.handles);
    const handled = events.filter((event) => handles.has(event.type));
    if (handled.length > 0) await projection.applyAll(handled, tx);
    if (events.length > 0) await saveCheckpoint(tx, projection.name, checkpoint);
    return { count: events.length, checkpoint };
  }
}

async function lock(tx: SqlTransaction, name: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [PROJECTION_LOCK_CLASS, name]);
}

async function loadCheckpoint(tx: SqlTransaction, name: string): Promise<Checkpoint> {
  const [row] = await tx.query<{ transaction_id: string; global_position: string }>(
    `SELECT transaction_id::text AS transaction_id, global_position::text AS global_position
       FROM projection_checkpoints WHERE name = $1`,
    [name],
  );
  return row ? { transactionId: row.transaction_id, globalPosition: row.global_position } : START;
}

async function saveCheckpoint(tx: SqlTransaction, name: string, checkpoint: Checkpoint): Promise<void> {
  await tx.query(
    `INSERT INTO projection_checkpoints (name, transaction_id, global_position) VALUES ($1, $2::xid8, $3::bigint)
     ON CONFLICT (name) DO UPDATE
       SET transaction_id = EXCLUDED.transaction_id, global_position = EXCLUDED.global_position, updated_at = now()`,
    [name, checkpoint.transactionId, checkpoint.globalPosition],
  );
}
