import { DataSource } from 'typeorm';
import { Decider, DomainEvent, RecordedEvent, Upcaster, fold } from '@muster/event-sourcing';
import { appendEvents, storedResult, versionMatches } from './append';
import { ConcurrencyError } from './errors';
import * as reads from './reads';
import { readSnapshot, writeSnapshot } from './snapshots';
import { AppendHook, SqlTransaction } from './sql';
import { verifyStream } from './stream-verification';
import { autocommit, inTransaction } from './transaction';
import {
  AppendOptions,
  AppendResult,
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

type Evolving<State, Event extends DomainEvent> = Pick<Decider<unknown, State, Event>, 'initialState' | 'evolve'>;

/** The event store of one service's database. Migrations: `eventStoreMigrations`. */
export class PostgresEventStore {
  private readonly hooks: readonly AppendHook[];
  private readonly upcasters: UpcasterRegistry;
  private readonly snapshotEvery: number;
  private readonly sql: SqlTransaction;

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
    return (await appendEvents(this.context(), streamId, events, options)).result;
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
   * returns the first result without deciding again; a decision without events appends nothing.
   */
  async handle<Command, State, Event extends DomainEvent>(
    decider: Decider<Command, State, Event>,
    streamId: string,
    command: Command,
    options: HandleOptions,
  ): Promise<AppendResult<Event>> {
    const { idempotencyKey, snapshotKey, metadata, now } = options;
    if (idempotencyKey) {
      const stored = await storedResult<Event>(this.context(), streamId, idempotencyKey);
      if (stored) return stored;
    }
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
    if (fresh && snapshotKey) {
      const state = fold(decider, loaded.state, events);
      await this.snapshotIfDue(streamId, snapshotKey, loaded.snapshotVersion, result.nextExpectedVersion, state);
    }
    return result;
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

  private context() {
    return { dataSource: this.dataSource, hooks: this.hooks, upcasters: this.upcasters };
  }
}
