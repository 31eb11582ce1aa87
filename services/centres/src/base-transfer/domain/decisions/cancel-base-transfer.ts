import { DecisionContext, dateOf } from '@muster/event-sourcing';
import { CancelBaseTransfer } from '../base-transfer.commands';
import { BaseTransferErrors as E } from '../base-transfer.errors';
import { BaseTransferCancelled } from '../base-transfer.events';
import { BaseTransferState } from '../base-transfer.state';
import { requireNotFinished, requirePlan, vehiclesInPlan } from './guards';

/**
 * CancelBaseTransfer: a transfer not completed yet is called off, with the reason; equipment sends back every vehicle
 * that was sent (those in transit and those already there), so nothing half-done is left.
 */
export function cancelBaseTransfer(
  command: CancelBaseTransfer,
  state: BaseTransferState,
  { now }: DecisionContext,
): BaseTransferCancelled[] {
  const { transferId, plan } = requirePlan(state);
  requireNotFinished(state);
  const reason = command.reason.trim();
  if (reason === '') throw E.detailsRequired('a reason');
  return [
    {
      type: 'BaseTransferCancelled',
      data: {
        transferId,
        fromCentreId: plan.fromCentreId,
        vehicleIds: state.status === 'started' ? vehiclesInPlan(state, plan) : [],
        reason,
        cancelledOn: dateOf(now),
      },
    },
  ];
}
