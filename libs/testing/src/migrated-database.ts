import { DataSource, MigrationInterface } from 'typeorm';
import { createTestDatabase } from './test-database';

export interface MigratedDatabase {
  readonly url: string;
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

/** A fresh database with these migrations run, and a DataSource on it; close() destroys both. */
export async function openMigratedDatabase(
  label: string,
  migrations: ReadonlyArray<new () => MigrationInterface>,
  options: { poolSize?: number } = {},
): Promise<MigratedDatabase> {
  const database = await createTestDatabase(label);
  const dataSource = new DataSource({
    type: 'postgres',
    url: database.url,
    migrations: [...migrations],
    ...(options.poolSize ? { poolSize: options.poolSize } : {}),
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    url: database.url,
    dataSource,
    async close() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}
