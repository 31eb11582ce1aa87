import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VEHICLE_STATUSES } from '@muster/contracts';
import { IsoDate, RecordedOf, unreachable } from '@muster/event-sourcing';
import {
  CHECK_KINDS,
  CheckItemResult,
  CheckKind,
  DAMAGE_CAUSES,
  DAMAGE_SEVERITIES,
  DamageCause,
  DamageSeverity,
  FundingSource,
  RepairPart,
  STATUS_REASON_CODES,
  StatusReasonCode,
  TripFlag,
  VehicleEvent,
  VehicleStatus,
} from '../../domain/vehicle.events';

// The domain's value types are pure TypeScript (no framework in domain/): the classes below document them as the
// profile answers them, and `implements` keeps each in step with its domain type.

/** A trip flag: `AVERAGE_SPEED_ABOVE_LIMIT` carries the speeds; `NO_DISTANCE_BETWEEN_CENTRES` only the distance (0). */
export class TripFlagView {
  @ApiProperty({ enum: ['AVERAGE_SPEED_ABOVE_LIMIT', 'NO_DISTANCE_BETWEEN_CENTRES'] })
  readonly rule!: TripFlag['rule'];
  @ApiProperty() readonly distanceKm!: number;
  @ApiProperty() readonly elapsedMinutes!: number;
  @ApiPropertyOptional({ description: 'AVERAGE_SPEED_ABOVE_LIMIT only' }) readonly averageKmh?: number;
  @ApiPropertyOptional({ description: 'AVERAGE_SPEED_ABOVE_LIMIT only' }) readonly limitKmh?: number;
}

export class MoveChange {
  @ApiProperty({ enum: ['diverted', 'turned-back'] }) readonly kind!: 'diverted' | 'turned-back';
  @ApiProperty({ format: 'uuid' }) readonly toCentreId!: string;
  @ApiProperty() readonly reason!: string;
}

/** One move, from its dispatch (when recorded) to its end: arrived, or ended by a write-off on the way. */
export class MoveEntry {
  @ApiProperty({ format: 'uuid' }) readonly moveId!: string;
  @ApiProperty({ format: 'uuid' }) readonly fromCentreId!: string;
  @ApiProperty({ format: 'uuid' }) readonly toCentreId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) readonly transferId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly dispatchedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly driverId!: string | null;
  @ApiProperty({ type: 'number', nullable: true }) readonly odometerOutKm!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly expectedArrivalAt!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) readonly loanDueBackOn!: IsoDate | null;
  @ApiProperty({ type: [MoveChange] }) readonly changes!: MoveChange[];
  @ApiProperty({ enum: ['in-transit', 'arrived', 'written-off'] })
  readonly outcome!: 'in-transit' | 'arrived' | 'written-off';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly arrivedAt!: string | null;
  @ApiProperty({ type: 'number', nullable: true }) readonly odometerInKm!: number | null;
  @ApiProperty({ type: 'number', nullable: true }) readonly distanceKm!: number | null;
  @ApiProperty({ type: [TripFlagView] }) readonly tripFlags!: TripFlag[];
  @ApiProperty() readonly dispatchRecorded!: boolean;
}

export class RepairPartView implements RepairPart {
  @ApiProperty() readonly description!: string;
  @ApiProperty() readonly quantity!: number;
  @ApiProperty({ description: 'in the work’s currency, per unit' }) readonly unitCost!: number;
}

export class FundingSourceView implements FundingSource {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: the organisation’s own funds' })
  readonly donorId!: string | null;
  @ApiProperty() readonly description!: string;
}

export class RepairWork {
  @ApiProperty() readonly workDone!: string;
  @ApiProperty({ type: [RepairPartView] }) readonly parts!: RepairPart[];
  @ApiProperty() readonly labourCost!: number;
  @ApiProperty() readonly totalCost!: number;
  @ApiProperty() readonly currency!: string;
  @ApiProperty({ type: FundingSourceView }) readonly fundingSource!: FundingSource;
  @ApiProperty({ type: String, format: 'date' }) readonly recordedOn!: IsoDate;
}

export class RepairOrderEntry {
  @ApiProperty({ format: 'uuid' }) readonly orderId!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) readonly damageIds!: string[];
  @ApiProperty() readonly description!: string;
  @ApiProperty() readonly workshop!: string;
  @ApiProperty({ type: String, format: 'date' }) readonly openedOn!: IsoDate;
  @ApiProperty({ type: [RepairWork] }) readonly work!: RepairWork[];
  /** What it cost so far, per currency. */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'cost so far, by currency' })
  readonly totals!: Record<string, number>;
  @ApiProperty({ type: String, format: 'date', nullable: true }) readonly closedOn!: IsoDate | null;
  @ApiProperty({ type: String, nullable: true }) readonly notes!: string | null;
}

/** Who recorded an entry, and when it was recorded. */
export class RecordedEntry {
  @ApiProperty() readonly recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) readonly recordedAt!: string;
}

export class DamageEntry extends RecordedEntry {
  @ApiProperty({ format: 'uuid' }) readonly damageId!: string;
  @ApiProperty({ enum: DAMAGE_CAUSES }) readonly cause!: DamageCause;
  @ApiProperty({ type: String, format: 'date' }) readonly occurredOn!: IsoDate;
  @ApiProperty({ type: String, nullable: true }) readonly incidentRef!: string | null;
  @ApiProperty({ enum: DAMAGE_SEVERITIES }) readonly severity!: DamageSeverity;
  @ApiProperty() readonly description!: string;
}

export class CheckItemResultView implements CheckItemResult {
  @ApiProperty() readonly code!: string;
  @ApiProperty() readonly critical!: boolean;
  @ApiProperty() readonly passed!: boolean;
  @ApiProperty() readonly note!: string;
}

export class CheckEntry extends RecordedEntry {
  @ApiProperty({ format: 'uuid' }) readonly checkId!: string;
  @ApiProperty({ enum: CHECK_KINDS }) readonly kind!: CheckKind;
  @ApiProperty({ format: 'date-time' }) readonly performedAt!: string;
  @ApiProperty({ format: 'uuid' }) readonly centreId!: string;
  @ApiProperty() readonly odometerKm!: number;
  @ApiProperty({ type: [CheckItemResultView] }) readonly items!: CheckItemResult[];
  @ApiProperty({ type: [String] }) readonly failedCriticalItems!: string[];
}

export class ServiceEntry extends RecordedEntry {
  @ApiProperty({ type: String, format: 'date' }) readonly servicedOn!: IsoDate;
  @ApiProperty() readonly odometerKm!: number;
  @ApiProperty() readonly workDone!: string;
}

export class OdometerCorrectionEntry extends RecordedEntry {
  @ApiProperty({ type: 'number', nullable: true }) readonly previousKm!: number | null;
  @ApiProperty() readonly correctedKm!: number;
  @ApiProperty() readonly reason!: string;
}

export class StatusChangeEntry extends RecordedEntry {
  @ApiProperty({ enum: VEHICLE_STATUSES }) readonly status!: VehicleStatus;
  @ApiProperty({ enum: VEHICLE_STATUSES }) readonly previousStatus!: VehicleStatus;
  @ApiProperty({ enum: STATUS_REASON_CODES }) readonly reasonCode!: StatusReasonCode;
  @ApiProperty({ type: String, nullable: true }) readonly note!: string | null;
}

export class DeclinedTransfer {
  @ApiProperty({ format: 'uuid' }) readonly transferId!: string;
  @ApiProperty() readonly reasonCode!: string;
}

export class WriteOffEntry extends RecordedEntry {
  @ApiProperty() readonly reason!: string;
  @ApiProperty() readonly evidenceRef!: string;
  @ApiProperty() readonly note!: string;
  @ApiProperty({ type: String, format: 'date' }) readonly writtenOffOn!: IsoDate;
}

/** Everything that happened to a vehicle, by kind, oldest first: the body of its profile. */
export class VehicleHistory {
  @ApiProperty({ type: [MoveEntry] }) readonly moves!: MoveEntry[];
  @ApiProperty({ type: [DamageEntry] }) readonly damage!: DamageEntry[];
  @ApiProperty({ type: [RepairOrderEntry] }) readonly repairOrders!: RepairOrderEntry[];
  @ApiProperty({ type: [CheckEntry] }) readonly checks!: CheckEntry[];
  @ApiProperty({ type: [ServiceEntry] }) readonly services!: ServiceEntry[];
  @ApiProperty({ type: [OdometerCorrectionEntry] }) readonly odometerCorrections!: OdometerCorrectionEntry[];
  @ApiProperty({ type: [StatusChangeEntry] }) readonly statusChanges!: StatusChangeEntry[];
  @ApiProperty({ type: [DeclinedTransfer] }) readonly declinedTransfers!: DeclinedTransfer[];
  @ApiProperty({ type: WriteOffEntry, nullable: true }) readonly writeOff!: WriteOffEntry | null;
}

export const emptyHistory = (): VehicleHistory => ({
  moves: [],
  damage: [],
  repairOrders: [],
  checks: [],
  services: [],
  odometerCorrections: [],
  statusChanges: [],
  declinedTransfers: [],
  writeOff: null,
});

const recorded = (event: RecordedOf<VehicleEvent>): RecordedEntry => ({
  recordedBy: event.metadata.actorId,
  recordedAt: event.recordedAt,
});

/** The open move changed by `change` (the one still in transit). */
function onOpenMove(moves: readonly MoveEntry[], change: (move: MoveEntry) => MoveEntry): MoveEntry[] {
  return moves.map((m) => (m.outcome === 'in-transit' ? change(m) : m));
}

function onOrder(
  orders: readonly RepairOrderEntry[],
  orderId: string,
  change: (o: RepairOrderEntry) => RepairOrderEntry,
) {
  return orders.map((o) => (o.orderId === orderId ? change(o) : o));
}

const cents = (n: number): number => Math.round(n * 100);

/** What one event adds to the history. */
export function evolveHistory(history: VehicleHistory, event: RecordedOf<VehicleEvent>): VehicleHistory {
  switch (event.type) {
    case 'VehicleDispatched': {
      const { vehicleId: _vehicleId, ...move } = event.data;
      return {
        ...history,
        moves: [
          ...history.moves,
          {
            ...move,
            changes: [],
            outcome: 'in-transit',
            arrivedAt: null,
            odometerInKm: null,
            distanceKm: null,
            tripFlags: [],
            dispatchRecorded: true,
          },
        ],
      };
    }
    case 'VehicleDiverted':
    case 'VehicleTurnedBack': {
      const { toCentreId, reason } = event.data;
      const kind = event.type === 'VehicleDiverted' ? 'diverted' : 'turned-back';
      return {
        ...history,
        moves: onOpenMove(history.moves, (m) => ({
          ...m,
          toCentreId,
          changes: [...m.changes, { kind, toCentreId, reason }],
        })),
      };
    }
    case 'VehicleArrived': {
      const {
        moveId,
        fromCentreId,
        centreId,
        transferId,
        arrivedAt,
        odometerInKm,
        distanceKm,
        tripFlags,
        dispatchRecorded,
      } = event.data;
      const arrival = {
        outcome: 'arrived' as const,
        toCentreId: centreId,
        arrivedAt,
        odometerInKm,
        distanceKm,
        tripFlags,
      };
      return {
        ...history,
        moves: dispatchRecorded
          ? onOpenMove(history.moves, (m) => ({ ...m, ...arrival }))
          : [
              ...history.moves,
              {
                moveId,
                fromCentreId,
                transferId,
                dispatchedAt: null,
                driverId: null,
                odometerOutKm: null,
                expectedArrivalAt: null,
                loanDueBackOn: null,
                changes: [],
                dispatchRecorded: false,
                ...arrival,
              },
            ],
      };
    }
    case 'VehicleDamaged': {
      const { odometerKm: _odometerKm, ...damage } = event.data;
      return { ...history, damage: [...history.damage, { ...damage, ...recorded(event) }] };
    }
    case 'VehicleRepairOrderOpened':
      return {
        ...history,
        repairOrders: [...history.repairOrders, { ...event.data, work: [], totals: {}, closedOn: null, notes: null }],
      };
    case 'VehicleRepairWorkRecorded': {
      const { orderId, ...work } = event.data;
      return {
        ...history,
        repairOrders: onOrder(history.repairOrders, orderId, (o) => ({
          ...o,
          work: [...o.work, work],
          totals: {
            ...o.totals,
            [work.currency]: (cents(o.totals[work.currency] ?? 0) + cents(work.totalCost)) / 100,
          },
        })),
      };
    }
    case 'VehicleRepairOrderClosed': {
      const { orderId, closedOn, notes } = event.data;
      return { ...history, repairOrders: onOrder(history.repairOrders, orderId, (o) => ({ ...o, closedOn, notes })) };
    }
    case 'VehicleCheckRecorded': {
      const { engineHours: _engineHours, ...check } = event.data;
      return { ...history, checks: [...history.checks, { ...check, ...recorded(event) }] };
    }
    case 'VehicleServiced':
      return { ...history, services: [...history.services, { ...event.data, ...recorded(event) }] };
    case 'VehicleOdometerCorrected':
      return {
        ...history,
        odometerCorrections: [...history.odometerCorrections, { ...event.data, ...recorded(event) }],
      };
    case 'VehicleStatusChanged': {
      const { vehicleId: _vehicleId, ...change } = event.data;
      return { ...history, statusChanges: [...history.statusChanges, { ...change, ...recorded(event) }] };
    }
    case 'VehicleTransferDeclined':
      return {
        ...history,
        declinedTransfers: [
          ...history.declinedTransfers,
          { transferId: event.data.transferId, reasonCode: event.data.reasonCode },
        ],
      };
    case 'VehicleWrittenOff': {
      const { moveId: _moveId, ...writeOff } = event.data;
      return {
        ...history,
        moves: onOpenMove(history.moves, (m) => ({ ...m, outcome: 'written-off' })),
        writeOff: { ...writeOff, ...recorded(event) },
      };
    }
    case 'VehicleRegistered':
    case 'VehicleDetailsRecorded':
    case 'VehicleDeclaredUnserviceable':
    case 'VehicleReturnedToService':
      return history;
    default:
      return unreachable(event);
  }
}
