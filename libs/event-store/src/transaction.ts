import type { Pool, QueryResult } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { SqlTransaction } from './sql';

/**
 * Statements on a pooled connection, each committing on its own: for reads and single-statement writes. Straight on
 * the driver's pool, which TypeORM owns and sizes, without a query runner per call (an object, its own checkout and
 * logging hooks around every statement): a single append is one such statement. Like inTransaction's, `query` gives
 * rows for every statement.
 */
export function autocommit(dataSource: DataSource): SqlTransaction {
  return {
    query: async <Row>(sql: string, parameters: readonly unknown[] = []) => {
      const client = await poolOf(dataSource).connect();
      let broken: Error | undefined;
      try {
        return rowsOf<Row>(await client.query(sql, [...parameters]));
      } catch (error) {
        // The pool's own query() drops the connection on any error; a refusal by the server (a stale version under
        // contention) leaves it sound, and reconnecting after each one cost a contended stream 3-4x its throughput.
        if (sqlState(error) === undefined) broken = error as Error;
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}

/** A statement's rows; none for a string of several statements (the driver answers those with a list). */
function rowsOf<Row>(result: QueryResult | QueryResult[]): Row[] {
  return Array.isArray(result) ? [] : (result.rows as Row[]);
}

/** The driver's pool: TypeORM owns and sizes it; it exists once the DataSource is initialised. */
function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as PostgresDriver).master as Pool;
}

/** Runs `work` in one transaction on one pooled connection: commits if it resolves, rolls back if it throws. */
export async function inTransaction<T>(dataSource: DataSource, work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
  const client = await poolOf(dataSource).connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const tx: SqlTransaction = {
      query: async <Row>(sql: string, parameters: readonly unknown[] = []) =>
        rowsOf<Row>(await client.query(sql, [...parameters])),
    };
    try {
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A connection that cannot even roll back is not given back to the pool.
      await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback));
      throw error;
    }
  } finally {
    client.release(broken);
  }
}

/** The SQLSTATE of a failed statement (the driver's error, or TypeORM's QueryFailedError, which copies its fields). */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
