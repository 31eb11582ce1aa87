import { DecisionContext, requireNotInFuture } from '@muster/event-sourcing';
import { CloseRepairOrder } from '../vehicle.commands';
import { VehicleRepairOrderClosed, VehicleStatusChanged } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import { requireActive, requireOdometerForward, statusChanged } from './guards';
import { openOrder } from './repair-order';

/**
 * CloseRepairOrder: the workshop hands the vehicle back. With no other repair order open, whatever grounded it is
 * put right and it is serviceable again (still in transit, if it is on a move).
 */
export function closeRepairOrder(
  command: CloseRepairOrder,
  state: VehicleState,
  { now }: DecisionContext,
): (VehicleRepairOrderClosed | VehicleStatusChanged)[] {
  requireActive(state);
  requireNotInFuture(command.closedOn, 'closedOn', now);
  openOrder(state, command.orderId, command.closedOn);
  if (command.odometerKm !== null) requireOdometerForward(state, command.odometerKm);
  const lastOpen = Object.keys(state.openRepairOrders).length === 1;
  return [
    {
      type: 'VehicleRepairOrderClosed',
      data: {
        orderId: command.orderId,
        closedOn: command.closedOn,
        odometerKm: command.odometerKm,
        notes: command.notes.trim(),
      },
    },
    ...(lastOpen && state.move === null ? statusChanged(state, 'serviceable', 'REPAIRED') : []),
  ];
}
