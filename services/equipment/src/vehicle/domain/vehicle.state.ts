import { IsoDate } from '@muster/event-sourcing';
import { StatusReasonCode, VehicleLoan, VehicleStatus, VehicleType, WriteOffReason } from './vehicle.events';

// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them.

/** The move a vehicle is on: it is in transit until it arrives (or is written off on the way). */
export interface OpenMove {
  readonly moveId: string;
  readonly fromCentreId: string;
  readonly toCentreId: string;
  readonly transferId: string | null;
  readonly dispatchedAt: string;
  readonly odometerOutKm: number | null;
  readonly loanDueBackOn: IsoDate | null;
}

/**
 * One thing that keeps a vehicle off the road, keyed so that it can be found again: `declared` (a person said so,
 * or it was registered unserviceable), `damage:<id>` (severe damage), `check:<id>` (a failed critical check item).
 */
export interface Grounding {
  readonly key: string;
  readonly code: Extract<StatusReasonCode, 'DAMAGED' | 'FAILED_CHECK' | 'DECLARED_UNSERVICEABLE'>;
  readonly note: string;
}

/** What became of a base transfer a vehicle was listed in (or arrived for): a later word on it changes nothing. */
export type TransferOutcome = 'dispatched' | 'arrived' | 'declined' | 'turned-back';

/** What the rules of a vehicle need to know of its past: plain JSON, folded from its events by evolve. */
export interface VehicleState {
  /** null until the event that creates the vehicle. */
  readonly vehicleId: string | null;
  readonly vehicleType: VehicleType | null;
  /** The centre it is assigned to (the borrowing centre while on loan); on a move, the one it left. */
  readonly centreId: string | null;
  /** The last reading: every later one must be at least this (only a correction goes lower). */
  readonly odometerKm: number | null;
  readonly engineHours: number | null;
  /** When it last arrived anywhere: it cannot have left again before. */
  readonly lastArrivedAt: string | null;
  readonly move: OpenMove | null;
  readonly loan: VehicleLoan | null;
  readonly groundings: readonly Grounding[];
  readonly damageIds: readonly string[];
  readonly repairOrderIds: readonly string[];
  /** The open repair orders and the day each was opened. */
  readonly openRepairOrders: Readonly<Record<string, IsoDate>>;
  /** How many moves and checks it has had: the next one's id derives from it. */
  readonly moveCount: number;
  readonly checkCount: number;
  /** Base transfers it was listed in or arrived for, by transfer id. */
  readonly transfers: Readonly<Record<string, TransferOutcome>>;
  readonly writtenOff: WriteOffReason | null;
}

export const initialVehicleState: VehicleState = {
  vehicleId: null,
  vehicleType: null,
  centreId: null,
  odometerKm: null,
  engineHours: null,
  lastArrivedAt: null,
  move: null,
  loan: null,
  groundings: [],
  damageIds: [],
  repairOrderIds: [],
  openRepairOrders: {},
  moveCount: 0,
  checkCount: 0,
  transfers: {},
  writtenOff: null,
};

/** The status follows from the facts: written off, else on a move, else grounded by anything, else serviceable. */
export function statusOf(state: VehicleState): VehicleStatus {
  if (state.writtenOff !== null) return 'written-off';
  if (state.move !== null) return 'in-transit';
  return state.groundings.length > 0 ? 'unserviceable' : 'serviceable';
}
