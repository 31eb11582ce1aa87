import { defineEventCatalogue } from '@muster/event-sourcing';
import { VehicleEvent } from './vehicle.events';

/** A vehicle's stream: every event type it holds and the schema version it is written with. */
export const vehicleCatalogue = defineEventCatalogue<VehicleEvent>({
  streamType: 'vehicle',
  schemaVersions: { VehicleRegistered: 1 },
  upcasters: [],
});
