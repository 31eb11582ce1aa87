import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { equipmentService } from './app.module';

/**
 * The stored event types, pinned: a stored type string is permanent and a changed payload gets a new schema version
 * with an upcaster. A rename, a removal or a version bump fails here until this list is edited on purpose.
 */
const PINNED: readonly (readonly [streamType: string, type: string, schemaVersion: number])[] = [
  ['vehicle', 'VehicleRegistered', 1],
  ['vehicle', 'VehicleDetailsRecorded', 1],
  ['vehicle', 'VehicleStatusChanged', 1],
  ['vehicle', 'VehicleDispatched', 1],
  ['vehicle', 'VehicleArrived', 1],
  ['vehicle', 'VehicleDiverted', 1],
  ['vehicle', 'VehicleTurnedBack', 1],
  ['vehicle', 'VehicleTransferDeclined', 1],
  ['vehicle', 'VehicleOdometerCorrected', 1],
  ['vehicle', 'VehicleDamaged', 1],
  ['vehicle', 'VehicleRepairOrderOpened', 1],
  ['vehicle', 'VehicleRepairWorkRecorded', 1],
  ['vehicle', 'VehicleRepairOrderClosed', 1],
  ['vehicle', 'VehicleCheckRecorded', 1],
  ['vehicle', 'VehicleServiced', 1],
  ['vehicle', 'VehicleDeclaredUnserviceable', 1],
  ['vehicle', 'VehicleReturnedToService', 1],
  ['vehicle', 'VehicleWrittenOff', 1],
  ['donor', 'DonorRecorded', 1],
  ['donor', 'DonorDetailsUpdated', 1],
  ['fuelledger', 'FuelDelivered', 1],
  ['fuelledger', 'FuelIssued', 1],
  ['fuelledger', 'FuelFlagReviewed', 1],
  ['fuelledger', 'FuelStocktakeRecorded', 1],
  ['item', 'ItemRegistered', 1],
  ['item', 'ItemIssued', 1],
  ['item', 'ItemReturned', 1],
  ['item', 'ItemDamaged', 1],
  ['item', 'ItemWrittenOff', 1],
  ['recovery', 'RecoveryOpened', 1],
  ['recovery', 'ItemRecovered', 1],
];

const catalogued = (equipmentService.catalogues ?? []).flatMap((catalogue) =>
  Object.entries(catalogue.schemaVersions).map(([type, version]) => [catalogue.streamType, type, version] as const),
);

describe('equipment event catalogue', () => {
  it('holds exactly the pinned stream types, event types and schema versions', () => {
    expect([...catalogued].sort()).toEqual([...PINNED].sort());
  });

  it('documents every type in docs/events.md', () => {
    const documented = readFileSync(join(__dirname, '../../../docs/events.md'), 'utf8');
    expect(catalogued.map(([, type]) => type).filter((type) => !documented.includes(`\`${type}\``))).toEqual([]);
  });
});
