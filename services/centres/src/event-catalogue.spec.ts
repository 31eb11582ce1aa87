import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { centresService } from './app.module';

/**
 * The stored event types, pinned: a stored type string is permanent and a changed payload gets a new schema version
 * with an upcaster. A rename, a removal or a version bump fails here until this list is edited on purpose.
 */
const PINNED: readonly (readonly [streamType: string, type: string, schemaVersion: number])[] = [
  ['centre', 'CentreRegistered', 1],
  ['centre', 'CentreDetailsRecorded', 1],
  ['centre', 'CentreSiteEstablished', 1],
  ['centre', 'CentreRelocated', 1],
  ['centre', 'CentreCommanderAppointed', 1],
  ['centre', 'CentreStatusChanged', 1],
  ['centre', 'HazardReported', 1],
  ['centre', 'HazardCordoned', 1],
  ['centre', 'HazardCleared', 1],
  ['basetransfer', 'BaseTransferPlanned', 1],
  ['basetransfer', 'BaseTransferStarted', 1],
  ['basetransfer', 'BaseTransferVehicleArrived', 1],
  ['basetransfer', 'BaseTransferVehicleWithdrawn', 1],
  ['basetransfer', 'CentreBaseTransferCompleted', 1],
  ['basetransfer', 'BaseTransferCancelled', 1],
];

const catalogued = (centresService.catalogues ?? []).flatMap((catalogue) =>
  Object.entries(catalogue.schemaVersions).map(([type, version]) => [catalogue.streamType, type, version] as const),
);

describe('centres event catalogue', () => {
  it('holds exactly the pinned stream types, event types and schema versions', () => {
    expect([...catalogued].sort()).toEqual([...PINNED].sort());
  });

  it('documents every type in docs/events.md', () => {
    const documented = readFileSync(join(__dirname, '../../../docs/events.md'), 'utf8');
    expect(catalogued.map(([, type]) => type).filter((type) => !documented.includes(`\`${type}\``))).toEqual([]);
  });
});
