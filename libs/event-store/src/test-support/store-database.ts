import { EventMetadata } from '@muster/event-sourcing';
import { MigratedDatabase, openMigratedDatabase } from '@muster/testing';
import { eventStoreMigrations } from '../migrations';

export type StoreDatabase = MigratedDatabase;

/** A fresh database with the event store's schema, for one spec file. */
export function openStoreDatabase(label: string): Promise<StoreDatabase> {
  return openMigratedDatabase(label, eventStoreMigrations, { poolSize: 12 });
}

export const metadata: EventMetadata = {
  actorId: 'officer-7',
  actorRoles: ['registrar'],
  correlationId: 'correlation-1',
};
