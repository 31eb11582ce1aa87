import { ApiProperty } from '@nestjs/swagger';
import { VEHICLE_STATUSES, VEHICLE_TYPES } from '@muster/contracts';
import { IsoDate, RecordedOf, unreachable } from '@muster/event-sourcing';
import { odometerReadingOf } from '../../domain/readings';
import { nextServiceDue } from '../../domain/service-due';
import {
  FUEL_TYPES,
  FuelType,
  ServiceInterval,
  STATUS_REASON_CODES,
  StatusReasonCode,
  VehicleEvent,
  VehicleLoan,
  VehicleStatus,
  VehicleType,
  WRITE_OFF_REASONS,
  WriteOffReason,
} from '../../domain/vehicle.events';

export class ServiceIntervalView implements ServiceInterval {
  @ApiProperty({ type: 'integer' }) readonly km!: number;
  @ApiProperty({ type: 'integer' }) readonly months!: number;
}

export class VehicleStatusReason {
  @ApiProperty({ enum: STATUS_REASON_CODES }) readonly code!: StatusReasonCode;
  @ApiProperty({ type: String, nullable: true }) readonly note!: string | null;
}

export class VehicleLoanView implements VehicleLoan {
  @ApiProperty({ format: 'uuid' }) readonly homeCentreId!: string;
  @ApiProperty({ type: String, format: 'date' }) readonly dueBackOn!: IsoDate;
}

export class LastService {
  @ApiProperty({ type: String, format: 'date' }) readonly on!: IsoDate;
  @ApiProperty() readonly odometerKm!: number;
}

export class NextService {
  @ApiProperty({ type: String, format: 'date' }) readonly on!: IsoDate;
  @ApiProperty() readonly km!: number;
}

export class VehicleWriteOff {
  @ApiProperty({ enum: WRITE_OFF_REASONS }) readonly reason!: WriteOffReason;
  @ApiProperty() readonly evidenceRef!: string;
  @ApiProperty({ type: String, format: 'date' }) readonly writtenOffOn!: IsoDate;
}

/**
 * A vehicle as the register lists it: what it is, where it is, its status and why, its readings, its next service.
 * Its own shape, folded from the events by `evolveSummary` (never the decider's state), kept as a row of
 * `vehicle_register` and at the head of the profile.
 */
export class VehicleSummary {
  @ApiProperty({ format: 'uuid' }) readonly vehicleId!: string;
  /** The stream's version: every event of the stream moves it. */
  @ApiProperty({ type: 'integer', description: 'its stream version (also the ETag)' }) readonly version!: number;
  @ApiProperty() readonly plate!: string;
  @ApiProperty({ enum: VEHICLE_TYPES }) readonly vehicleType!: VehicleType;
  @ApiProperty() readonly make!: string;
  @ApiProperty() readonly model!: string;
  @ApiProperty({ type: String, nullable: true }) readonly vin!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) readonly year!: number | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) readonly donorId!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) readonly acquiredOn!: IsoDate | null;
  @ApiProperty({ enum: FUEL_TYPES, nullable: true }) readonly fuelType!: FuelType | null;
  @ApiProperty({ type: 'number', nullable: true }) readonly tankCapacityLitres!: number | null;
  @ApiProperty({ type: ServiceIntervalView, nullable: true }) readonly serviceInterval!: ServiceInterval | null;
  /** Its centre (the borrowing one while on loan); on a move, the one it left. */
  @ApiProperty({
    format: 'uuid',
    description: 'its centre (the borrowing one while on loan); on a move, the one it left',
  })
  readonly centreId!: string;
  @ApiProperty({ enum: VEHICLE_STATUSES }) readonly status!: VehicleStatus;
  @ApiProperty({ type: VehicleStatusReason, nullable: true }) readonly statusReason!: VehicleStatusReason | null;
  /** Where it is going, while in transit. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'where it is going, while in transit' })
  readonly destinationCentreId!: string | null;
  @ApiProperty({ type: VehicleLoanView, nullable: true }) readonly loan!: VehicleLoan | null;
  @ApiProperty({ type: 'number', nullable: true }) readonly odometerKm!: number | null;
  @ApiProperty({ type: 'number', nullable: true }) readonly engineHours!: number | null;
  /** The last service, or the vehicle's entry into the register until its first. */
  @ApiProperty({ type: LastService, nullable: true, description: 'the last service, or its entry until its first' })
  readonly lastService!: LastService | null;
  @ApiProperty({ type: NextService, nullable: true }) readonly nextService!: NextService | null;
  @ApiProperty({ type: VehicleWriteOff, nullable: true }) readonly writtenOff!: VehicleWriteOff | null;
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
