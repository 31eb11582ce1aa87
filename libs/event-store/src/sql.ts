import { RecordedEvent } from '@muster/event-sourcing';

/** The one thing store code needs of a PostgreSQL transaction: parameterised queries returning rows. */
export interface SqlTransaction {
  query<Row = Record<string, unknown>>(sql: string, parameters?: readonly unknown[]): Promise<Row[]>;
}

/**
 * Work that must commit or roll back with an append: inline projections (a service's own read models) and effects
 * such as crypto-shredding. Runs inside the append's transaction, after the events are inserted; an append with hooks
 * takes a transaction of several round trips, one without is a single autocommitted call. A multi-stream append calls
 * it once with the events of all its streams, stream after stream. (Publication is not a hook: the relay reads the
 * events table itself.)
 */
export interface AppendHook {
  readonly name: string;
  onAppended(events: readonly RecordedEvent[], tx: SqlTransaction): Promise<void>;
}
