import { RecordedEvent } from '@muster/event-sourcing';

/** The one thing store code needs of a PostgreSQL transaction: parameterised queries returning rows. */
export interface SqlTransaction {
  query<Row = Record<string, unknown>>(sql: string, parameters?: readonly unknown[]): Promise<Row[]>;
}

/**
 * Work that must commit or roll back with an append: inline projections (a service's own read models) and the
 * transactional outbox. Runs inside the append's transaction, after the events are inserted.
 */
export interface AppendHook {
  readonly name: string;
  onAppended(events: readonly RecordedEvent[], tx: SqlTransaction): Promise<void>;
}
