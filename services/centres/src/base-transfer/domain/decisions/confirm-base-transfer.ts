import { DecisionContext, requireIsoDate, requireNotInFuture } from '@muster/event-sourcing';
import { ConfirmBaseTransfer } from '../base-transfer.commands';
import { BaseTransferErrors as E } from '../base-transfer.errors';
import { CentreBaseTransferCompleted } from '../base-transfer.events';
import { BaseTransferState, vehicleProgress } from '../base-transfer.state';
import { requireNotFinished, requirePlan } from './guards';

/**
 * ConfirmBaseTransfer: the receiving centre's commander (or an admin) confirms a started transfer once every vehicle
 * has arrived or been withdrawn; the members move (personnel) from the day it takes effect. A commander of the
 * centre the team leaves may see the transfer but not confirm it; any other commander does not see it at all.
 */
export function confirmBaseTransfer(
  command: ConfirmBaseTransfer,
  state: BaseTransferState,
  { now }: DecisionContext,
): CentreBaseTransferCompleted[] {
  const { transferId, plan } = requirePlan(state);
  const { actingFor } = command;
  if (actingFor !== 'all' && !actingFor.includes(plan.toCentreId)) {
    throw actingFor.includes(plan.fromCentreId) ? E.confirmationForbidden() : E.notFound();
  }
  requireNotFinished(state);
  if (state.status !== 'started' || state.startedOn === null) throw E.notStarted();
  const vehicles = vehicleProgress(state);
  const outstanding = vehicles.filter((v) => v.progress === 'awaited').map((v) => v.vehicleId);
  if (outstanding.length > 0) throw E.vehiclesOutstanding(outstanding);
  requireIsoDate(command.effectiveOn, 'effectiveOn');
  requireNotInFuture(command.effectiveOn, 'effectiveOn', now);
  if (command.effectiveOn < state.startedOn) throw E.effectiveBeforeStart(state.startedOn);
  return [
    {
      type: 'CentreBaseTransferCompleted',
      data: {
        transferId,
        fromCentreId: plan.fromCentreId,
        toCentreId: plan.toCentreId,
        memberIds: plan.memberIds,
        effectiveOn: command.effectiveOn,
        vehicleIds: vehicles.filter((v) => v.progress === 'arrived').map((v) => v.vehicleId),
      },
    },
  ];
}
