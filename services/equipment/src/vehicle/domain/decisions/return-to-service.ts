import { DecisionContext, requireNotInFuture } from '@muster/event-sourcing';
import { ReturnToService } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { VehicleReturnedToService, VehicleStatusChanged } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import { requireActive, statusChanged } from './guards';

/**
 * ReturnToService: what grounded the vehicle without a workshop (a declared fault, a failed check) is put right.
 * Severe damage and open repair orders are the workshop's: it returns them to service by closing its order.
 */
export function returnToService(
  command: ReturnToService,
  state: VehicleState,
  { now }: DecisionContext,
): (VehicleReturnedToService | VehicleStatusChanged)[] {
  requireActive(state);
  requireNotInFuture(command.returnedOn, 'returnedOn', now);
  const openOrders = Object.keys(state.openRepairOrders);
  if (openOrders.length > 0) throw E.repairOrderOpen(openOrders);
  if (state.groundings.some((g) => g.code === 'DAMAGED')) throw E.severeDamageNeedsRepair();
  if (state.groundings.length === 0) throw E.notUnserviceable();
  const note = command.note.trim();
  return [
    { type: 'VehicleReturnedToService', data: { note, returnedOn: command.returnedOn } },
    ...(state.move === null ? statusChanged(state, 'serviceable', 'RETURNED_TO_SERVICE', note || null) : []),
  ];
}
