import { defineEventCatalogue } from '@muster/event-sourcing';
import { FuelLedgerEvent } from './fuel-ledger.events';

/** A fuel ledger's stream: every event type it holds and the schema version it is written with. */
export const fuelLedgerCatalogue = defineEventCatalogue<FuelLedgerEvent>({
  streamType: 'fuelledger',
  schemaVersions: { FuelDelivered: 1, FuelIssued: 1, FuelFlagReviewed: 1, FuelStocktakeRecorded: 1 },
  upcasters: [],
});
