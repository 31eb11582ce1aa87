import { BaseTransferErrors as E } from '../base-transfer.errors';
import { TransferPlan } from '../base-transfer.events';
import { BaseTransferState } from '../base-transfer.state';

// Guards shared by several base transfer decisions.

/** The planned transfer: refuses one never planned here. */
export function requirePlan(state: BaseTransferState): { transferId: string; plan: TransferPlan } {
  if (state.transferId === null || state.plan === null) throw E.notFound();
  return { transferId: state.transferId, plan: state.plan };
}

/** Refuses a transfer that is over: completed or cancelled. */
export function requireNotFinished(state: BaseTransferState): void {
  if (state.status === 'completed') throw E.alreadyCompleted();
  if (state.status === 'cancelled') throw E.cancelled();
}

/** The vehicles still in the plan: listed, not withdrawn. */
export function vehiclesInPlan(state: BaseTransferState, plan: TransferPlan): string[] {
  return plan.vehicleIds.filter((vehicleId) => state.withdrawn[vehicleId] === undefined);
}
