import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DomainEvent, RecordedEvent, streamTypeOf } from '@muster/event-sourcing';
import { contentHash } from '@muster/log-proofs';
import { ConcurrencyError, IdempotencyConflict } from './errors';
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

/** An event as `event_store_append` recorded it. */
interface InsertedRow {
  readonly global_position: string;
  readonly stream_version: number;
  readonly recorded_at: Date;
  readonly hash: string;
  readonly previous_hash: string | null;
}

interface AppendedRow extends InsertedRow {
  readonly duplicate: boolean;
}

export function versionMatches(expected: ExpectedVersion, current: number): boolean {
  if (expected === 'any') return true;
  return current === (expected === 'no-stream' ? 0 : expected);
}

/** One stream's append, ready for `event_store_append`: its arguments, and how its returned rows become events. */
interface PreparedAppend<E extends DomainEvent> {
  readonly streamId: string;
  readonly streamType: string;
  readonly expectedVersion: ExpectedVersion;
  readonly idempotencyKey: string | undefined;
  readonly ids: readonly string[];
  readonly types: readonly string[];
  readonly schemaVersions: readonly number[];
  readonly data: readonly unknown[];
  readonly metadata: AppendOptions['metadata'];
  readonly occurredAt: string;
  readonly contentHashes: readonly string[];
  recorded(rows: readonly InsertedRow[]): RecordedEvent<E>[];
}

function checkExpectedVersion(expectedVersion: ExpectedVersion): void {
  if (typeof expectedVersion === 'number' && !(Number.isInteger(expectedVersion) && expectedVersion >= 0)) {
    throw new RangeError(`expectedVersion must be a whole number >= 0, 'no-stream' or 'any', not ${expectedVersion}`);
  }
}

function prepareAppend<E extends DomainEvent>(
  context: AppendContext,
  streamId: string,
  events: readonly E[],
  { expectedVersion, metadata, idempotencyKey, occurredAt: at }: AppendOptions,
): PreparedAppend<E> {
  const streamType = streamTypeOf(streamId);
  const occurredAt = (at ?? new Date()).toISOString();
  const prepared = events.map(({ type, data }) => ({
    id: randomUUID(),
    type,
    schemaVersion: context.upcasters.currentVersion(type),
    data,
  }));
  return {
    streamId,
    streamType,
    expectedVersion,
    idempotencyKey,
    ids: prepared.map((event) => event.id),
    types: prepared.map((event) => event.type),
    schemaVersions: prepared.map((event) => event.schemaVersion),
    data: prepared.map((event) => event.data),
    metadata,
    occurredAt,
    contentHashes: prepared.map((event) => contentHash({ ...event, streamId, streamType, metadata, occurredAt })),
    recorded: (rows) =>
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
      })),
  };
}

/** `event_store_append`'s expected version: NULL for any, 0 for no stream yet. */
const expectedVersionArgument = (expected: ExpectedVersion): number | null =>
  expected === 'any' ? null : expected === 'no-stream' ? 0 : expected;

export async function appendEvents<E extends DomainEvent>(
  context: AppendContext,
  streamId: string,
  events: readonly E[],
  options: AppendOptions,
): Promise<AppendOutcome<E>> {
  const { expectedVersion, idempotencyKey } = options;
  checkExpectedVersion(expectedVersion);
  if (events.length === 0) return appendNothing(context, streamId, options);

  const prepared = prepareAppend(context, streamId, events, options);
  const call = (sql: SqlTransaction): Promise<AppendedRow[]> =>
    sql.query<AppendedRow>(`SELECT * FROM event_store_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, [
      streamId,
      prepared.streamType,
      expectedVersionArgument(expectedVersion),
      idempotencyKey ?? null,
      prepared.ids,
      prepared.types,
      prepared.schemaVersions,
      JSON.stringify(prepared.data),
      JSON.stringify(prepared.metadata),
      prepared.occurredAt,
      prepared.contentHashes,
    ]);

  try {
    // Without hooks the function call is the whole transaction: one round trip.
    const appended =
      context.hooks.length === 0
        ? recordedOrDuplicate(await call(autocommit(context.dataSource)), prepared.recorded)
        : await inTransaction(context.dataSource, async (tx) => {
            const result = recordedOrDuplicate(await call(tx), prepared.recorded);
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
  return { fresh: false, result: await storedOrMissing<E>(context, streamId, idempotencyKey) };
}

function recordedOrDuplicate<E extends DomainEvent>(
  rows: AppendedRow[],
  recorded: (rows: readonly InsertedRow[]) => RecordedEvent<E>[],
): RecordedEvent<E>[] | 'duplicate' {
  return rows[0]?.duplicate ? 'duplicate' : recorded(rows);
}

/** One stream's part of a multi-stream append: its events, its expected version, its idempotency key if any. */
export interface StreamAppend<E extends DomainEvent = DomainEvent> {
  readonly streamId: string;
  readonly events: readonly E[];
  readonly options: AppendOptions;
}

/**
 * What became of one stream of a multi-stream append: appended (`fresh: false` when its idempotency key answered
 * with the first append's result), or refused on its own — the rest of the batch is not.
 */
export type StreamAppendOutcome<E extends DomainEvent = DomainEvent> =
  | { readonly status: 'appended'; readonly result: AppendResult<E>; readonly fresh: boolean }
  | { readonly status: 'refused'; readonly error: ConcurrencyError | IdempotencyConflict };

interface ManyRow extends InsertedRow {
  /** The stream's 1-based place in the batch. */
  readonly n: number;
  readonly outcome: 'appended' | 'duplicate' | 'key-taken' | 'conflict';
  readonly current_version: number | null;
}

/**
 * Appends to several streams in one transaction and one call of `event_store_append_many`, which runs
 * `event_store_append` per stream in a savepoint: the hash chain, the expected version, the idempotency key and the
 * outbox trigger are each stream's exactly as for a single append. A stream whose expected version no longer matches
 * (or whose key a concurrent append took) is rolled back to its savepoint and reported; the others commit. The hooks
 * run once, in the same transaction, with the events of every appended stream, stream after stream; a failing hook
 * or any other error rolls the whole batch back and throws. Each stream appears once and with events.
 */
export async function appendToStreams<E extends DomainEvent>(
  context: AppendContext,
  appends: readonly StreamAppend<E>[],
): Promise<StreamAppendOutcome<E>[]> {
  const streams = new Set<string>();
  for (const { streamId, events, options } of appends) {
    checkExpectedVersion(options.expectedVersion);
    if (events.length === 0) throw new RangeError(`No events for ${streamId}: each stream of a batch appends some`);
    if (streams.has(streamId)) throw new RangeError(`Stream ${streamId} appears twice in one batch`);
    streams.add(streamId);
  }
  if (appends.length === 0) return [];

  const prepared = appends.map(({ streamId, events, options }) => prepareAppend(context, streamId, events, options));
  const argument = JSON.stringify(
    prepared.map((p) => ({
      streamId: p.streamId,
      streamType: p.streamType,
      expectedVersion: expectedVersionArgument(p.expectedVersion),
      idempotencyKey: p.idempotencyKey ?? null,
      ids: p.ids,
      types: p.types,
      schemaVersions: p.schemaVersions,
      data: p.data,
      metadata: p.metadata,
      occurredAt: p.occurredAt,
      contentHashes: p.contentHashes,
    })),
  );
  // 'by-key': the stream's idempotency key was used (before, or by a concurrent append): it answers after commit.
  type Settled = StreamAppendOutcome<E> | { readonly status: 'by-key' };
  const call = async (sql: SqlTransaction): Promise<Settled[]> => {
    const rows = await sql.query<ManyRow>(`SELECT * FROM event_store_append_many($1)`, [argument]);
    const byStream = prepared.map((): ManyRow[] => []);
    for (const row of rows) byStream[row.n - 1].push(row);
    return prepared.map((p, index): Settled => {
      const own = byStream[index];
      const outcome = own[0]?.outcome;
      if (outcome === 'conflict') {
        return {
          status: 'refused',
          error: new ConcurrencyError(p.streamId, p.expectedVersion, own[0].current_version ?? 0),
        };
      }
      if (outcome !== 'appended') return { status: 'by-key' };
      const events = p.recorded(own);
      const nextExpectedVersion = events[events.length - 1].streamVersion;
      return { status: 'appended', fresh: true, result: { streamId: p.streamId, nextExpectedVersion, events } };
    });
  };
  const settled =
    context.hooks.length === 0
      ? await call(autocommit(context.dataSource))
      : await inTransaction(context.dataSource, async (tx) => {
          const outcomes = await call(tx);
          const events = outcomes.flatMap((o) => (o.status === 'appended' ? o.result.events : []));
          if (events.length > 0) for (const hook of context.hooks) await hook.onAppended(events, tx);
          return outcomes;
        });

  // After commit: a stream whose idempotency key was used answers as its first append did (rare: one read each).
  const outcomes: StreamAppendOutcome<E>[] = [];
  for (const [index, outcome] of settled.entries()) {
    if (outcome.status !== 'by-key') {
      outcomes.push(outcome);
      continue;
    }
    const { streamId, idempotencyKey } = prepared[index];
    try {
      outcomes.push({
        status: 'appended',
        fresh: false,
        result: await storedOrMissing<E>(context, streamId, idempotencyKey),
      });
    } catch (error) {
      if (!(error instanceof IdempotencyConflict)) throw error;
      outcomes.push({ status: 'refused', error });
    }
  }
  return outcomes;
}

async function storedOrMissing<E extends DomainEvent>(
  context: AppendContext,
  streamId: string,
  idempotencyKey: string | undefined,
): Promise<AppendResult<E>> {
  const stored = idempotencyKey ? await storedResult<E>(context, streamId, idempotencyKey) : undefined;
  if (!stored) throw new Error(`Idempotency key ${idempotencyKey} reported as used but not found`);
  return stored;
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
