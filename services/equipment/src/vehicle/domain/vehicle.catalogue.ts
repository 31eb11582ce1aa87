import { defineEventCatalogue } from '@muster/event-sourcing';
import { VehicleEvent } from './vehicle.events';

/** A vehicle's stream: every event type it holds and the schema version it is written with. */
export const vehicleCatalogue = defineEventCatalogue<VehicleEvent>({
  streamType: 'vehicle',
  schemaVersions: {
    VehicleRegistered: 1,
    VehicleDetailsRecorded: 1,
    VehicleStatusChanged: 1,
    VehicleDispatched: 1,
    VehicleArrived: 1,
    VehicleDiverted: 1,
    VehicleTurnedBack: 1,
    VehicleTransferDeclined: 1,
    VehicleOdometerCorrected: 1,
    VehicleDamaged: 1,
    VehicleRepairOrderOpened: 1,
    VehicleRepairWorkRecorded: 1,
    VehicleRepairOrderClosed: 1,
    VehicleCheckRecorded: 1,
    VehicleServiced: 1,
    VehicleDeclaredUnserviceable: 1,
    VehicleReturnedToService: 1,
    VehicleWrittenOff: 1,
  },
  upcasters: [],
});
