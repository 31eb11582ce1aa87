import { defineAggregate } from '@muster/platform';
import { fuelLedgerCatalogue } from './domain/fuel-ledger.catalogue';
import { fuelLedgerDecider } from './domain/fuel-ledger.decider';
import { FuelLedgerErrors } from './domain/fuel-ledger.errors';

/**
 * A centre's fuel ledger's one command path (stream `fuelledger-<centreId>`). Every litre makes an event, hence
 * snapshots, so that an issue loads a bounded tail: bump the key whenever evolve or FuelLedgerState changes.
 */
export const fuelLedgerAggregate = defineAggregate({
  catalogue: fuelLedgerCatalogue,
  decider: fuelLedgerDecider,
  snapshotKey: 'fuelledger@1',
  notFound: FuelLedgerErrors.notFound,
});
