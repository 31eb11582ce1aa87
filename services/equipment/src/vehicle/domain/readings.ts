import { unreachable } from '@muster/event-sourcing';
import { VehicleEvent } from './vehicle.events';

/**
 * The odometer reading an event records, if any: the vehicle's reading from then on (every command that carries one
 * is held to the last). The decider and the read models both follow readings through this one function.
 */
export function odometerReadingOf(event: VehicleEvent): number | null {
  switch (event.type) {
    case 'VehicleDetailsRecorded':
    case 'VehicleCheckRecorded':
    case 'VehicleServiced':
    case 'VehicleDamaged':
    case 'VehicleRepairOrderClosed':
      return event.data.odometerKm;
    case 'VehicleDispatched':
      return event.data.odometerOutKm;
    case 'VehicleArrived':
      return event.data.odometerInKm;
    case 'VehicleOdometerCorrected':
      return event.data.correctedKm;
    case 'VehicleRegistered':
    case 'VehicleStatusChanged':
    case 'VehicleDiverted':
    case 'VehicleTurnedBack':
    case 'VehicleTransferDeclined':
    case 'VehicleRepairOrderOpened':
    case 'VehicleRepairWorkRecorded':
    case 'VehicleDeclaredUnserviceable':
    case 'VehicleReturnedToService':
    case 'VehicleWrittenOff':
      return null;
    default:
      return unreachable(event);
  }
}
