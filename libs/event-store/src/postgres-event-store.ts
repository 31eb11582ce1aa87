import { DataSource } from 'typeorm';
import { Decider, DomainError, DomainEvent, RecordedEvent, Upcaster, fold } from '@muster/event-sourcing';
import {
  StreamAppend,
  StreamAppendOutcome,
  appendEvents,
  appendToStreams,
  storedResult,
  versionMatches,
} from './append';
import { ConcurrencyError } from './errors';
import * as reads from './reads';
import { readSnapshot, writeSnapshot } from './snapshots';
import { AppendHook, SqlTransaction } from './sql';
import { verifyStream } from './stream-verification';
import { autocommit, inTransaction } from './transaction';
import {
  AppendOptions,
  AppendResult,
  BatchCommand,
  BatchOptions,
  BatchOutcome,
  Checkpoint,
  HandleOptions,
  LoadOptions,
  Loaded,
  ReadAllResult,
  ReadStreamOptions,
  StreamPage,
  StreamVerification,
} from './types';
import { UpcasterRegistry } from './upcasting';

export interface PostgresEventStoreOptions {
  /** Run inside every append's transaction (inline projections); a failing hook rolls the append back. */
  readonly hooks?: readonly AppendHook[];
  readonly upcasters?: readonly Upcaster[];
  /** Write a snapshot once a loaded state is this many events past the last one. 0 or absent: never. */
  readonly snapshotEvery?: number;
}

/** Reads and decisions per unpinned command before a conflict is the caller's: a hot stream still answers 409. */
const HANDLE_ATTEMPTS = 5;

type Evolving<State, Event extends DomainEvent> = Pick<Decider<unknown, State, Event>, 'initialState' | 'evolve'>;

/** The event store of one service's database. Migrations: `eventStoreMigrations`. */
export class PostgresEventStore {
  private readonly hooks: readonly AppendHook[];
  private readonly upcasters: UpcasterRegistry;
  private readonly snapshotEvery: number;
  private readonly sql: SqlTransaction;
  private readonly appendListeners: (() => void)[] = [];

  constructor(
    private readonly dataSource: DataSource,
    options: PostgresEventStoreOptions = {},
  ) {
    this.hooks = options.hooks ?? [];
    this.upcasters = new UpcasterRegistry(options.upcasters);
    this.snapshotEvery = options.snapshotEvery ?? 0;
    this.sql = autocommit(dataSource);
  }

  async append(streamId: string, events: readonly DomainEvent[], options: AppendOptions): Promise<AppendResult> {
    const { result, fresh } = await appendEvents(this.context(), streamId, events, options);
    if (fresh) this.appended();
    return result;
  }

  /**
   * Calls `listener` after each append of this store that committed new events: the relay publishing the events
   * table wakes on it instead of waiting for its poll. A listener must not throw.
   */
  onAppended(listener: () => void): void {
    this.appendListeners.push(listener);
  }

  /**
   * Appends to several streams in one transaction: each stream is checked and chained as by `append`, a stale one is
   * refused alone (the others commit), and a failure of anything else rolls the whole batch back (see appendToStreams).
   */
  async appendToStreams<E extends DomainEvent>(appends: readonly StreamAppend<E>[]): Promise<StreamAppendOutcome<E>[]> {
    const outcomes = await appendToStreams(this.context(), appends);
    if (outcomes.some((outcome) => outcome.status === 'appended' && outcome.fresh)) this.appended();
    return outcomes;
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return reads.readStream(this.sql, this.upcasters, streamId, options);
  }

  /** Pass `tx` to read inside a transaction of `transaction()` (catch-up projections do). */
  readAll(options: { after?: Checkpoint; limit: number }, tx: SqlTransaction = this.sql): Promise<ReadAllResult> {
    return reads.readAll(tx, this.upcasters, options);
  }

  readByCorrelation(correlationId: string, options: { limit: number; offset?: number }): Promise<RecordedEvent[]> {
    return reads.readByCorrelation(this.sql, this.upcasters, correlationId, options);
  }

  readStreamPage(streamId: string, options: { fromVersion?: number; limit: number }): Promise<StreamPage> {
    return reads.readStreamPage(this.sql, this.upcasters, streamId, options);
  }

  verifyStream(streamId: string): Promise<StreamVerification> {
    return verifyStream(this.sql, streamId);
  }

  /** Work in one transaction of this store's database: commits if it resolves, rolls back if it throws. */
  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  /** A stream's state by folding its events, from a snapshot when `snapshotKey` is given (never with `asOf`). */
  async load<State, Event extends DomainEvent>(
    decider: Evolving<State, Event>,
    streamId: string,
    options: LoadOptions = {},
  ): Promise<Loaded<State>> {
    const { state, version } = await this.loadFromSnapshot(decider, streamId, options);
    return { state, version };
  }

  /**
   * The thin command handler: load, decide, append at the version decided on. A retry with a used idempotency key
   * returns the first result without deciding again; a decision without events appends nothing. Without an expected
   * version the caller pinned nothing, so a stream that moved between the read and the append is read again and
   * decided anew (up to `HANDLE_ATTEMPTS` times) instead of refusing a conflict the caller never asked about.
   */
  async handle<Command, State, Event extends DomainEvent>(
    decider: Decider<Command, State, Event>,
    streamId: string,
    command: Command,
    options: HandleOptions,
  ): Promise<AppendResult<Event>> {
    if (options.idempotencyKey) {
      const stored = await storedResult<Event>(this.context(), streamId, options.idempotencyKey);
      if (stored) return stored;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.decideAndAppend(decider, streamId, command, options);
      } catch (error) {
        const pinned = options.expectedVersion !== undefined;
        if (!(error instanceof ConcurrencyError) || pinned || attempt >= HANDLE_ATTEMPTS) throw error;
      }
    }
  }

  private async decideAndAppend<Command, State, Event extends DomainEvent>(
    decider: Decider<Command, State, Event>,
    streamId: string,
    command: Command,
    options: HandleOptions,
  ): Promise<AppendResult<Event>> {
    const { idempotencyKey, snapshotKey, metadata, now } = options;
    const loaded = await this.loadFromSnapshot(decider, streamId, { snapshotKey });
    if (options.expectedVersion !== undefined && !versionMatches(options.expectedVersion, loaded.version)) {
      throw new ConcurrencyError(streamId, options.expectedVersion, loaded.version);
    }
    const events = decider.decide(command, loaded.state, { now });
    if (events.length === 0) return { streamId, nextExpectedVersion: loaded.version, events: [] };
    const { result, fresh } = await appendEvents(this.context(), streamId, events, {
      expectedVersion: loaded.version,
      metadata,
      occurredAt: options.occurredAt ?? now,
      idempotencyKey,
    });
    if (fresh) this.appended();
    if (fresh && snapshotKey) {
      const state = fold(decider, loaded.state, events);
      await this.snapshotIfDue(streamId, snapshotKey, loaded.snapshotVersion, result.nextExpectedVersion, state);
    }
    return result;
  }

  /**
   * `handle` for many streams of one decider at once: the streams read whole in one query (snapshots are a cache it
   * does without), each command decided on its state — a domain error or a stale expected version refuses that one
   * alone — and every decision's events appended together by `appendToStreams` at the versions read, so one that
   * changed meanwhile is refused alone too. No idempotency keys: a batch is made of commands whose rules make a repeat
   * record nothing (an expiry of what is already expired).
   */
  async handleMany<Command, State, Event extends DomainEvent>(
    decider: Decider<Command, State, Event>,
    commands: readonly BatchCommand<Command>[],
    { metadata, now, occurredAt = now }: BatchOptions,
  ): Promise<BatchOutcome<Event>[]> {
    const streams = await reads.readDecidedStreams<Event>(
      this.sql,
      this.upcasters,
      commands.map((c) => c.streamId),
    );
    const decided = commands.map(({ streamId, command, expectedVersion }) => {
      const stream = streams.get(streamId) ?? [];
      const version = stream.at(-1)?.streamVersion ?? 0;
      if (expectedVersion !== undefined && !versionMatches(expectedVersion, version)) {
        return { streamId, version, refused: new ConcurrencyError(streamId, expectedVersion, version) };
      }
      try {
        return {
          streamId,
          version,
          events: decider.decide(command, fold(decider, decider.initialState, stream), { now }),
        };
      } catch (error) {
        if (error instanceof DomainError) return { streamId, version, refused: error };
        throw error;
      }
    });
    const appends = decided.flatMap(({ streamId, version, events }) =>
      events && events.length > 0
        ? [{ streamId, events, options: { expectedVersion: version, metadata, occurredAt } }]
        : [],
    );
    const appended = new Map(
      (await this.appendToStreams(appends)).map((outcome, index) => [appends[index].streamId, outcome]),
    );
    return decided.map(({ streamId, version, refused }): BatchOutcome<Event> => {
      if (refused) return { status: 'refused', error: refused };
      const outcome = appended.get(streamId);
      if (!outcome) return { status: 'handled', result: { streamId, nextExpectedVersion: version, events: [] } };
      // Without idempotency keys, a refusal here is always a stale version.
      return outcome.status === 'appended'
        ? { status: 'handled', result: outcome.result }
        : { status: 'refused', error: outcome.error as ConcurrencyError };
    });
  }

  private async loadFromSnapshot<State, Event extends DomainEvent>(
    decider: Evolving<State, Event>,
    streamId: string,
    { asOf, snapshotKey }: LoadOptions,
  ): Promise<Loaded<State> & { snapshotVersion: number }> {
    const key = asOf === undefined && this.snapshotEvery > 0 ? snapshotKey : undefined;
    const snapshot = key ? await readSnapshot<State>(this.sql, streamId, key) : undefined;
    const snapshotVersion = snapshot?.version ?? 0;
    const tail = await reads.readDecidedStream<Event>(this.sql, this.upcasters, streamId, {
      fromVersion: snapshotVersion + 1,
      asOf,
    });
    const state = fold(decider, snapshot ? snapshot.state : decider.initialState, tail);
    const version = tail.at(-1)?.streamVersion ?? snapshotVersion;
    // The version snapshotted now, if loading wrote one: a following append must not write it again.
    const latest = key ? await this.snapshotIfDue(streamId, key, snapshotVersion, version, state) : snapshotVersion;
    return { state, version, snapshotVersion: latest };
  }

  private async snapshotIfDue<State>(
    streamId: string,
    snapshotKey: string,
    snapshotVersion: number,
    version: number,
    state: State,
  ): Promise<number> {
    if (this.snapshotEvery <= 0 || version - snapshotVersion < this.snapshotEvery) return snapshotVersion;
    try {
      await writeSnapshot(this.sql, streamId, snapshotKey, { version, state });
      return version;
    } catch {
      // A snapshot is only a cache; the events are committed. Failing the caller here would invite a retry of a
      // command that already succeeded.
      return snapshotVersion;
    }
  }

  private appended(): void {
    for (const listener of this.appendListeners) listener();
  }

  private context() {
    return { dataSource: this.dataSource, hooks: this.hooks, upcasters: this.upcasters };
  }
}
