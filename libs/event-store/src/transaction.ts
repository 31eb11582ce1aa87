import { DataSource } from 'typeorm';
import { SqlTransaction } from './sql';

/**
 * Statements on a pooled connection, each committing on its own: for reads and single-statement writes. Like
 * inTransaction's, `query` gives rows for every statement (TypeORM's plain query() gives [rows, count] for UPDATE).
 */
export function autocommit(dataSource: DataSource): SqlTransaction {
  return {
    query: async <Row>(sql: string, parameters: readonly unknown[] = []) => {
      const runner = dataSource.createQueryRunner();
      try {
        return (await runner.query(sql, [...parameters], true)).records as Row[];
      } finally {
        await runner.release();
      }
    },
  };
}

/** Runs `work` in one transaction on one connection: commits if it resolves, rolls back if it throws. */
export async function inTransaction<T>(dataSource: DataSource, work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const tx: SqlTransaction = {
      query: async <Row>(sql: string, parameters: readonly unknown[] = []) =>
        (await runner.query(sql, [...parameters], true)).records as Row[],
    };
    try {
      const result = await work(tx);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    }
  } finally {
    await runner.release();
  }
}

/** The SQLSTATE of a failed statement (TypeORM copies the driver's fields onto QueryFailedError). */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
