import { DataSource } from 'typeorm';
import { EventMetadata } from '@muster/event-sourcing';
import { createTestDatabase } from '@muster/testing';
import { eventStoreMigrations } from '../migrations';

/** A fresh database with the event store's schema, for one spec file. */
export interface StoreDatabase {
  readonly dataSource: DataSource;
  readonly url: string;
  close(): Promise<void>;
}

export async function openStoreDatabase(label: string): Promise<StoreDatabase> {
  const database = await createTestDatabase(label);
  const dataSource = new DataSource({
    type: 'postgres',
    url: database.url,
    migrations: eventStoreMigrations,
    poolSize: 12,
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    dataSource,
    url: database.url,
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

export const metadata: EventMetadata = {
  actorId: 'officer-7',
  actorRoles: ['registrar'],
  correlationId: 'correlation-1',
};
