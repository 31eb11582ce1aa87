import { DecisionContext, requireNotInFuture } from '@muster/event-sourcing';
import { OpenRepairOrder } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { VehicleRepairOrderOpened } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import { nextId, requireActive, requireNotInTransit, requiredText } from './guards';

/** OpenRepairOrder: the vehicle goes to a workshop, for the damage listed (if any) and what the description says. */
export function openRepairOrder(
  command: OpenRepairOrder,
  state: VehicleState,
  { now }: DecisionContext,
): VehicleRepairOrderOpened[] {
  requireActive(state);
  requireNotInTransit(state);
  requireNotInFuture(command.openedOn, 'openedOn', now);
  const unknown = command.damageIds.find((id) => !state.damageIds.includes(id));
  if (unknown !== undefined) throw E.unknownDamage(unknown);
  return [
    {
      type: 'VehicleRepairOrderOpened',
      data: {
        orderId: nextId(state, 'repair-order', state.repairOrderIds.length),
        damageIds: [...new Set(command.damageIds)],
        description: requiredText(command.description, 'description', E.detailsRequired),
        workshop: requiredText(command.workshop, 'workshop', E.detailsRequired),
        openedOn: command.openedOn,
      },
    },
  ];
}
