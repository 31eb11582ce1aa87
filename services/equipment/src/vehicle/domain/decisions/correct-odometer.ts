import { CorrectOdometer } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { VehicleOdometerCorrected } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import { requireActive, requireNotInTransit, requiredText } from './guards';

/**
 * CorrectOdometer: the last reading was wrong (mistyped, a replaced instrument): the corrected reading, up or down,
 * with why — who did it is in the event's metadata. Not on the road: a trip is judged by readings at both ends.
 */
export function correctOdometer(command: CorrectOdometer, state: VehicleState): VehicleOdometerCorrected[] {
  requireActive(state);
  requireNotInTransit(state);
  if (command.correctedKm === state.odometerKm) throw E.odometerCorrectionUnchanged(command.correctedKm);
  return [
    {
      type: 'VehicleOdometerCorrected',
      data: {
        previousKm: state.odometerKm,
        correctedKm: command.correctedKm,
        reason: requiredText(command.reason, 'reason', E.reasonRequired),
      },
    },
  ];
}
