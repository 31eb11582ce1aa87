import { IsoDate, RecordedOf, unreachable } from '@muster/event-sourcing';
import { odometerReadingOf } from '../../domain/readings';
import { nextServiceDue } from '../../domain/service-due';
import {
  FuelType,
  ServiceInterval,
  StatusReasonCode,
  VehicleEvent,
  VehicleLoan,
  VehicleStatus,
  VehicleType,
  WriteOffReason,
} from '../../domain/vehicle.events';

/**
 * A vehicle as the register lists it: what it is, where it is, its status and why, its readings, its next service.
 * Its own shape, folded from the events by `evolveSummary` (never the decider's state), kept as a row of
 * `vehicle_register` and at the head of the profile.
 */
export interface VehicleSummary {
  readonly vehicleId: string;
  /** The stream's version: every event of the stream moves it. */
  readonly version: number;
  readonly plate: string;
  readonly vehicleType: VehicleType;
  readonly make: string;
  readonly model: string;
  readonly vin: string | null;
  readonly year: number | null;
  readonly donorId: string | null;
  readonly acquiredOn: IsoDate | null;
  readonly fuelType: FuelType | null;
  readonly tankCapacityLitres: number | null;
  readonly serviceInterval: ServiceInterval | null;
  /** Its centre (the borrowing one while on loan); on a move, the one it left. */
  readonly centreId: string;
  readonly status: VehicleStatus;
  readonly statusReason: { readonly code: StatusReasonCode; readonly note: string | null } | null;
  /** Where it is going, while in transit. */
  readonly destinationCentreId: string | null;
  readonly loan: VehicleLoan | null;
  readonly odometerKm: number | null;
  readonly engineHours: number | null;
  /** The last service, or the vehicle's entry into the register until its first. */
  readonly lastService: { readonly on: IsoDate; readonly odometerKm: number } | null;
  readonly nextService: { readonly on: IsoDate; readonly km: number } | null;
  readonly writtenOff: {
    readonly reason: WriteOffReason;
    readonly evidenceRef: string;
    readonly writtenOffOn: IsoDate;
  } | null;
}

const withService = (summary: VehicleSummary, last: { on: IsoDate; odometerKm: number }): VehicleSummary => ({
  ...summary,
  lastService: last,
  nextService: summary.serviceInterval === null ? null : nextServiceDue(summary.serviceInterval, last),
});

/**
 * What one event changes in the summary, odometer first (readings.ts), then the event's own facts. null until the
 * vehicle's registration.
 */
export function evolveSummary(summary: VehicleSummary | null, event: RecordedOf<VehicleEvent>): VehicleSummary | null {
  const reading = odometerReadingOf(event);
  const next = applyEvent(summary, event);
  if (next === null) return null;
  return { ...next, version: event.streamVersion, odometerKm: reading ?? next.odometerKm };
}

function applyEvent(summary: VehicleSummary | null, event: RecordedOf<VehicleEvent>): VehicleSummary | null {
  if (event.type === 'VehicleRegistered') {
    const { vehicleId, plate, vehicleType, make, model, centreId, status } = event.data;
    return {
      vehicleId,
      version: 0,
      plate,
      vehicleType,
      make,
      model,
      vin: null,
      year: null,
      donorId: null,
      acquiredOn: null,
      fuelType: null,
      tankCapacityLitres: null,
      serviceInterval: null,
      centreId,
      status,
      statusReason: null,
      destinationCentreId: null,
      loan: null,
      odometerKm: null,
      engineHours: null,
      lastService: null,
      nextService: null,
      writtenOff: null,
    };
  }
  // Nothing precedes a registration in a stream: an event without one is not this read model's.
  if (summary === null) return null;
  switch (event.type) {
    case 'VehicleDetailsRecorded': {
      const { vin, year, donorId, acquiredOn, odometerKm, engineHours, fuelType, tankCapacityLitres, serviceInterval } =
        event.data;
      return withService(
        { ...summary, vin, year, donorId, acquiredOn, engineHours, fuelType, tankCapacityLitres, serviceInterval },
        { on: acquiredOn, odometerKm },
      );
    }
    case 'VehicleStatusChanged': {
      const { status, reasonCode, note } = event.data;
      return { ...summary, status, statusReason: { code: reasonCode, note } };
    }
    case 'VehicleDispatched':
    case 'VehicleDiverted':
    case 'VehicleTurnedBack':
      return { ...summary, destinationCentreId: event.data.toCentreId };
    case 'VehicleArrived':
      return { ...summary, centreId: event.data.centreId, destinationCentreId: null, loan: event.data.loan };
    case 'VehicleCheckRecorded':
      return { ...summary, engineHours: event.data.engineHours ?? summary.engineHours };
    case 'VehicleServiced':
      return withService(summary, { on: event.data.servicedOn, odometerKm: event.data.odometerKm });
    case 'VehicleDeclaredUnserviceable':
      // Registered unserviceable: the declaration that follows says why.
      return summary.status === 'unserviceable' && summary.statusReason === null
        ? { ...summary, statusReason: { code: 'DECLARED_UNSERVICEABLE', note: event.data.reason } }
        : summary;
    case 'VehicleWrittenOff': {
      const { reason, evidenceRef, writtenOffOn } = event.data;
      return { ...summary, destinationCentreId: null, writtenOff: { reason, evidenceRef, writtenOffOn } };
    }
    case 'VehicleTransferDeclined':
    case 'VehicleOdometerCorrected':
    case 'VehicleDamaged':
    case 'VehicleRepairOrderOpened':
    case 'VehicleRepairWorkRecorded':
    case 'VehicleRepairOrderClosed':
    case 'VehicleReturnedToService':
      return summary;
    default:
      return unreachable(event);
  }
}

/** The centres a vehicle is the business of: its own, where it is going, the one that lent it. */
export const centresOf = (summary: VehicleSummary): string[] =>
  [summary.centreId, summary.destinationCentreId, summary.loan?.homeCentreId ?? null].filter(
    (c): c is string => c !== null,
  );
