import { DecisionContext, dateOf } from '@muster/event-sourcing';
import { BaseTransferErrors as E } from '../base-transfer.errors';
import { BaseTransferStarted } from '../base-transfer.events';
import { BaseTransferState } from '../base-transfer.state';
import { requireNotFinished, requirePlan, vehiclesInPlan } from './guards';

/** StartBaseTransfer: a planned transfer starts today; equipment dispatches the vehicles still in the plan. */
export function startBaseTransfer(state: BaseTransferState, { now }: DecisionContext): BaseTransferStarted[] {
  const { transferId, plan } = requirePlan(state);
  requireNotFinished(state);
  if (state.status === 'started') throw E.alreadyStarted();
  return [
    {
      type: 'BaseTransferStarted',
      data: {
        transferId,
        fromCentreId: plan.fromCentreId,
        toCentreId: plan.toCentreId,
        memberIds: plan.memberIds,
        vehicleIds: vehiclesInPlan(state, plan),
        plannedOn: plan.plannedOn,
        startedOn: dateOf(now),
      },
    },
  ];
}
