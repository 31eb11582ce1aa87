import { IsoDate, RecordedOf, unreachable } from '@muster/event-sourcing';
import {
  CheckItemResult,
  CheckKind,
  DamageCause,
  DamageSeverity,
  FundingSource,
  RepairPart,
  StatusReasonCode,
  TripFlag,
  VehicleEvent,
  VehicleStatus,
} from '../../domain/vehicle.events';

/** One move, from its dispatch (when recorded) to its end: arrived, or ended by a write-off on the way. */
export interface MoveEntry {
  readonly moveId: string;
  readonly fromCentreId: string;
  readonly toCentreId: string;
  readonly transferId: string | null;
  readonly dispatchedAt: string | null;
  readonly driverId: string | null;
  readonly odometerOutKm: number | null;
  readonly expectedArrivalAt: string | null;
  readonly loanDueBackOn: IsoDate | null;
  readonly changes: {
    readonly kind: 'diverted' | 'turned-back';
    readonly toCentreId: string;
    readonly reason: string;
  }[];
  readonly outcome: 'in-transit' | 'arrived' | 'written-off';
  readonly arrivedAt: string | null;
  readonly odometerInKm: number | null;
  readonly distanceKm: number | null;
  readonly tripFlags: TripFlag[];
  readonly dispatchRecorded: boolean;
}

export interface RepairOrderEntry {
  readonly orderId: string;
  readonly damageIds: string[];
  readonly description: string;
  readonly workshop: string;
  readonly openedOn: IsoDate;
  readonly work: {
    readonly workDone: string;
    readonly parts: RepairPart[];
    readonly labourCost: number;
    readonly totalCost: number;
    readonly currency: string;
    readonly fundingSource: FundingSource;
    readonly recordedOn: IsoDate;
  }[];
  /** What it cost so far, per currency. */
  readonly totals: Record<string, number>;
  readonly closedOn: IsoDate | null;
  readonly notes: string | null;
}

/** Who recorded an entry, and when it was recorded. */
interface Recorded {
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** Everything that happened to a vehicle, by kind, oldest first: the body of its profile. */
export interface VehicleHistory {
  readonly moves: MoveEntry[];
  readonly damage: (Recorded & {
    readonly damageId: string;
    readonly cause: DamageCause;
    readonly occurredOn: IsoDate;
    readonly incidentRef: string | null;
    readonly severity: DamageSeverity;
    readonly description: string;
  })[];
  readonly repairOrders: RepairOrderEntry[];
  readonly checks: (Recorded & {
    readonly checkId: string;
    readonly kind: CheckKind;
    readonly performedAt: string;
    readonly centreId: string;
    readonly odometerKm: number;
    readonly items: CheckItemResult[];
    readonly failedCriticalItems: string[];
  })[];
  readonly services: (Recorded & {
    readonly servicedOn: IsoDate;
    readonly odometerKm: number;
    readonly workDone: string;
  })[];
  readonly odometerCorrections: (Recorded & {
    readonly previousKm: number | null;
    readonly correctedKm: number;
    readonly reason: string;
  })[];
  readonly statusChanges: (Recorded & {
    readonly status: VehicleStatus;
    readonly previousStatus: VehicleStatus;
    readonly reasonCode: StatusReasonCode;
    readonly note: string | null;
  })[];
  readonly declinedTransfers: { readonly transferId: string; readonly reasonCode: string }[];
  readonly writeOff:
    | (Recorded & {
        readonly reason: string;
        readonly evidenceRef: string;
        readonly note: string;
        readonly writtenOffOn: IsoDate;
      })
    | null;
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

const recorded = (event: RecordedOf<VehicleEvent>): Recorded => ({
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
