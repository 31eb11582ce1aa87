import { DecisionContext, requireNotInFuture } from '@muster/event-sourcing';
import { DeclareUnserviceable } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { VehicleDeclaredUnserviceable, VehicleStatusChanged } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import { requireActive, requiredText, statusChanged } from './guards';

/** DeclareUnserviceable: someone takes the vehicle off the road, saying why (no tyres, a fault found on the way). */
export function declareUnserviceable(
  command: DeclareUnserviceable,
  state: VehicleState,
  { now }: DecisionContext,
): (VehicleDeclaredUnserviceable | VehicleStatusChanged)[] {
  requireActive(state);
  requireNotInFuture(command.declaredOn, 'declaredOn', now);
  if (state.groundings.some((g) => g.key === 'declared')) throw E.alreadyDeclaredUnserviceable();
  const reason = requiredText(command.reason, 'reason', E.reasonRequired);
  return [
    { type: 'VehicleDeclaredUnserviceable', data: { reason, declaredOn: command.declaredOn } },
    ...(state.move === null ? statusChanged(state, 'unserviceable', 'DECLARED_UNSERVICEABLE', reason) : []),
  ];
}
