import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DomainEvent, RecordedEvent, streamTypeOf } from '@muster/event-sourcing';
import { ConcurrencyError, IdempotencyConflict } from './errors';
import { contentHash } from './event-hash';
import { currentVersion, readDecidedStream } from './reads';
import { AppendHook, SqlTransaction } from './sql';
import { autocommit, inTransaction, sqlState } from './transaction';
import { AppendOptions, AppendResult, ExpectedVersion } from './types';
import { UpcasterRegistry } from './upcasting';

export interface AppendContext {
  readonly dataSource: DataSource;
  readonly hooks: readonly AppendHook[];
  readonly upcasters: UpcasterRegistry;
}

/** `fresh` is false when an earlier append with the same idempotency key answered instead. */
export interface AppendOutcome<E extends DomainEvent = DomainEvent> {
  readonly result: AppendResult<E>;
  readonly fresh: boolean;
}

interface AppendedRow {
  readonly duplicate: boolean;
  readonly global_position: string;
  readonly stream_version: number;
  readonly recorded_at: Date;
  readonly hash: string;
  readonly previous_hash: string | null;
}

export function versionMatches(expected: ExpectedVersion, current: number): boolean {
  if (expected === 'any') return true;
  return current === (expected === 'no-stream' ? 0 : expected);
}

export async function appendEvents<E extends DomainEvent>(
  context: AppendContext,
  streamId: string,
  events: readonly E[],
  options: AppendOptions,
): Promise<AppendOutcome<E>> {
  const { expectedVersion, metadata, idempotencyKey } = options;
  if (typeof expectedVersion === 'number' && !(Number.isInteger(expectedVersion) && expectedVersion >= 0)) {
    throw new RangeError(`expectedVersion must be a whole number >= 0, 'no-stream' or 'any', not ${expectedVersion}`);
  }
  if (events.length === 0) return appendNothing(context, streamId, options);

  const streamType = streamTypeOf(streamId);
  const occurredAt = (options.occurredAt ?? new Date()).toISOString();
  const prepared = events.map(({ type, data }) => ({
    id: randomUUID(),
    type,
    schemaVersion: context.upcasters.currentVersion(type),
    data,
  }));
  const contentHashes = prepared.map((event) => contentHash({ ...event, streamId, streamType, metadata, occurredAt }));
  const call = (sql: SqlTransaction): Promise<AppendedRow[]> =>
    sql.query<AppendedRow>(`SELECT * FROM event_store_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, [
      streamId,
      streamType,
      expectedVersion === 'any' ? null : expectedVersion === 'no-stream' ? 0 : expectedVersion,
      idempotencyKey ?? null,
      prepared.map((event) => event.id),
      prepared.map((event) => event.type),
      prepared.map((event) => event.schemaVersion),
      JSON.stringify(prepared.map((event) => event.data)),
      JSON.stringify(metadata),
      occurredAt,
      contentHashes,
    ]);
  const recorded = (rows: AppendedRow[]): RecordedEvent<E>[] =>
    rows.map((row, index) => ({
      id: prepared[index].id,
      streamId,
      streamType,
      streamVersion: row.stream_version,
      globalPosition: row.global_position,
      type: prepared[index].type,
      schemaVersion: prepared[index].schemaVersion,
      data: prepared[index].data,
      metadata,
      occurredAt,
      recordedAt: row.recorded_at.toISOString(),
      hash: row.hash,
      previousHash: row.previous_hash,
    }));

  try {
    // Without hooks the function call is the whole transaction: one round trip.
    const appended =
      context.hooks.length === 0
        ? recordedOrDuplicate(await call(autocommit(context.dataSource)), recorded)
        : await inTransaction(context.dataSource, async (tx) => {
            const result = recordedOrDuplicate(await call(tx), recorded);
            if (result === 'duplicate') return result;
            for (const hook of context.hooks) await hook.onAppended(result, tx);
            return result;
          });
    if (appended !== 'duplicate') {
      return {
        fresh: true,
        result: { streamId, nextExpectedVersion: appended[appended.length - 1].streamVersion, events: appended },
      };
    }
  } catch (error) {
    if (sqlState(error) === 'MU409') {
      throw new ConcurrencyError(streamId, expectedVersion, Number((error as { detail?: string }).detail));
    }
    // A concurrent append with the same key committed first: this one rolled back; answer as that one did.
    if (sqlState(error) !== 'MU412') throw error;
  }
  const stored = idempotencyKey ? await storedResult<E>(context, streamId, idempotencyKey) : undefined;
  if (!stored) throw new Error(`Idempotency key ${idempotencyKey} reported as used but not found`);
  return { fresh: false, result: stored };
}

function recordedOrDuplicate<E extends DomainEvent>(
  rows: AppendedRow[],
  recorded: (rows: AppendedRow[]) => RecordedEvent<E>[],
): RecordedEvent<E>[] | 'duplicate' {
  return rows[0]?.duplicate ? 'duplicate' : recorded(rows);
}

async function appendNothing<E extends DomainEvent>(
  context: AppendContext,
  streamId: string,
  options: AppendOptions,
): Promise<AppendOutcome<E>> {
  if (options.idempotencyKey) {
    const stored = await storedResult<E>(context, streamId, options.idempotencyKey);
    if (stored) return { fresh: false, result: stored };
  }
  const version = await currentVersion(autocommit(context.dataSource), streamId);
  if (!versionMatches(options.expectedVersion, version)) {
    throw new ConcurrencyError(streamId, options.expectedVersion, version);
  }
  return { fresh: true, result: { streamId, nextExpectedVersion: version, events: [] } };
}

/** What the first append with this key returned, rebuilt from the key's row and the stream. */
export async function storedResult<E extends DomainEvent>(
  context: Pick<AppendContext, 'dataSource' | 'upcasters'>,
  streamId: string,
  idempotencyKey: string,
): Promise<AppendResult<E> | undefined> {
  const sql = autocommit(context.dataSource);
  const [key] = await sql.query<{ stream_id: string; first_version: number; last_version: number }>(
    `SELECT stream_id, first_version, last_version FROM idempotency_keys WHERE key = $1`,
    [idempotencyKey],
  );
  if (!key) return undefined;
  if (key.stream_id !== streamId) throw new IdempotencyConflict(idempotencyKey, streamId, key.stream_id);
  const events = await readDecidedStream<E>(sql, context.upcasters, streamId, {
    fromVersion: key.first_version,
    toVersion: key.last_version,
  });
  return { streamId, nextExpectedVersion: key.last_version, events };
}
