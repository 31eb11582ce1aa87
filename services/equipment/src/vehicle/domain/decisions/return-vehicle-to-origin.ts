import { ReturnVehicleToOrigin } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { VehicleTurnedBack } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import { OpenMove } from '../vehicle.state';
import { requireActive, requiredText } from './guards';

/** The vehicle on `move` turns back for the centre it left (a loan it was going on is off). */
export function turnedBack(
  move: OpenMove,
  reasonCode: VehicleTurnedBack['data']['reasonCode'],
  reason: string,
): VehicleTurnedBack {
  return {
    type: 'VehicleTurnedBack',
    data: {
      moveId: move.moveId,
      previousDestinationId: move.toCentreId,
      toCentreId: move.fromCentreId,
      transferId: move.transferId,
      reasonCode,
      reason,
    },
  };
}

/** ReturnVehicleToOrigin: a vehicle on its way is ordered back to the centre it left; it stays in transit until it arrives. */
export function returnVehicleToOrigin(command: ReturnVehicleToOrigin, state: VehicleState): VehicleTurnedBack[] {
  requireActive(state);
  const move = state.move;
  if (move === null) throw E.notInTransit();
  if (move.toCentreId === move.fromCentreId) throw E.divertToSameDestination();
  return [turnedBack(move, 'ORDERED_BACK', requiredText(command.reason, 'reason', E.reasonRequired))];
}
