import { IsoDate } from '@muster/event-sourcing';
import { TransferPlan } from './base-transfer.events';

// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them.

/**
 * `reported`: the stream holds only vehicle news from equipment for a transfer not planned here (kept, not lost,
 * should the plan ever be recorded); `planned` → `started` → `completed`, or `cancelled` before completion.
 */
export type BaseTransferStatus = 'reported' | 'planned' | 'started' | 'completed' | 'cancelled';

export interface VehicleArrival {
  readonly moveId: string;
  readonly centreId: string;
  readonly arrivedAt: string;
}

/** What the rules (and the progress view) of a base transfer need of its past: plain JSON, folded by evolve. */
export interface BaseTransferState {
  readonly status: BaseTransferStatus;
  /** null until planned. */
  readonly transferId: string | null;
  readonly plan: TransferPlan | null;
  readonly startedOn: IsoDate | null;
  /** Arrivals equipment reported, by vehicle (possibly before the transfer started: topics are not ordered). */
  readonly arrivals: Readonly<Record<string, VehicleArrival>>;
  /** Vehicles amended out of the plan, by vehicle, with equipment's reason code. */
  readonly withdrawn: Readonly<Record<string, string>>;
  readonly effectiveOn: IsoDate | null;
  readonly cancellation: { readonly reason: string; readonly cancelledOn: IsoDate } | null;
}

export const initialBaseTransferState: BaseTransferState = {
  status: 'reported',
  transferId: null,
  plan: null,
  startedOn: null,
  arrivals: {},
  withdrawn: {},
  effectiveOn: null,
  cancellation: null,
};

/** A vehicle arrived where it should: at the destination (any arrival counts while the plan is unknown). */
export function hasArrived(state: BaseTransferState, vehicleId: string): boolean {
  const arrival = state.arrivals[vehicleId];
  return arrival !== undefined && (state.plan === null || arrival.centreId === state.plan.toCentreId);
}

export type VehicleProgress = 'awaited' | 'arrived' | 'withdrawn';

/** Each vehicle of the plan: still awaited, arrived at the destination, or withdrawn from the plan. */
export function vehicleProgress(state: BaseTransferState): { vehicleId: string; progress: VehicleProgress }[] {
  return (state.plan?.vehicleIds ?? []).map((vehicleId) => ({
    vehicleId,
    progress:
      state.withdrawn[vehicleId] !== undefined ? 'withdrawn' : hasArrived(state, vehicleId) ? 'arrived' : 'awaited',
  }));
}
