import { DivertVehicle } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { VehicleDiverted } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import { requireActive, requiredText } from './guards';

/** DivertVehicle: a vehicle on its way is sent to another destination (not back where it came from: that is a return). */
export function divertVehicle(command: DivertVehicle, state: VehicleState): VehicleDiverted[] {
  requireActive(state);
  const move = state.move;
  if (move === null) throw E.notInTransit();
  if (command.toCentreId === move.toCentreId) throw E.divertToSameDestination();
  if (command.toCentreId === move.fromCentreId) throw E.divertToOrigin();
  if (state.loan !== null) throw E.onLoan(state.loan.homeCentreId);
  return [
    {
      type: 'VehicleDiverted',
      data: {
        moveId: move.moveId,
        previousDestinationId: move.toCentreId,
        toCentreId: command.toCentreId,
        reason: requiredText(command.reason, 'reason', E.reasonRequired),
      },
    },
  ];
}
