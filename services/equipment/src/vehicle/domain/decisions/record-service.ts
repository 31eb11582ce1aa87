import { DecisionContext, requireNotInFuture } from '@muster/event-sourcing';
import { RecordService } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { VehicleServiced } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import { requireActive, requireNotInTransit, requireOdometerForward, requiredText } from './guards';

/** RecordService: the scheduled service was done, at this odometer reading: the next one falls due from here. */
export function recordService(
  command: RecordService,
  state: VehicleState,
  { now }: DecisionContext,
): VehicleServiced[] {
  requireActive(state);
  requireNotInTransit(state);
  requireNotInFuture(command.servicedOn, 'servicedOn', now);
  requireOdometerForward(state, command.odometerKm);
  return [
    {
      type: 'VehicleServiced',
      data: {
        servicedOn: command.servicedOn,
        odometerKm: command.odometerKm,
        workDone: requiredText(command.workDone, 'workDone', E.detailsRequired),
      },
    },
  ];
}
