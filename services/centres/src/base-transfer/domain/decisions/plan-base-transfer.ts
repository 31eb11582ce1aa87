import { requireIsoDate } from '@muster/event-sourcing';
import { PlanBaseTransfer } from '../base-transfer.commands';
import { BaseTransferErrors as E } from '../base-transfer.errors';
import { BaseTransferPlanned } from '../base-transfer.events';
import { BaseTransferState } from '../base-transfer.state';

/**
 * PlanBaseTransfer: who and what moves from a registered centre to another registered one (not a destroyed one),
 * planned for a day, with a reason. Nothing moves until it starts.
 */
export function planBaseTransfer(command: PlanBaseTransfer, state: BaseTransferState): BaseTransferPlanned[] {
  if (state.plan !== null) throw E.alreadyPlanned();
  const { fromCentreId, toCentreId } = command;
  if (fromCentreId === toCentreId) throw E.sameCentre();
  for (const centreId of [fromCentreId, toCentreId]) {
    if (command.centres[centreId] === undefined) throw E.centreUnknown(centreId);
  }
  if (command.centres[toCentreId] === 'destroyed') throw E.destinationDestroyed();
  const memberIds = [...new Set(command.memberIds)];
  const vehicleIds = [...new Set(command.vehicleIds)];
  if (memberIds.length === 0 && vehicleIds.length === 0) throw E.nothingToMove();
  requireIsoDate(command.plannedOn, 'plannedOn');
  const reason = command.reason.trim();
  if (reason === '') throw E.detailsRequired('a reason');
  return [
    {
      type: 'BaseTransferPlanned',
      data: {
        transferId: command.transferId,
        fromCentreId,
        toCentreId,
        memberIds,
        vehicleIds,
        plannedOn: command.plannedOn,
        reason,
      },
    },
  ];
}
