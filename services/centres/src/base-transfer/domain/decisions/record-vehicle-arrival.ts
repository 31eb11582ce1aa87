import { RecordVehicleArrival } from '../base-transfer.commands';
import { BaseTransferErrors as E } from '../base-transfer.errors';
import { BaseTransferVehicleArrived } from '../base-transfer.events';
import { BaseTransferState, hasArrived } from '../base-transfer.state';

/**
 * RecordVehicleArrival (a reaction to equipment's VehicleArrived): a vehicle of the plan arrived at the destination.
 * Each vehicle counts once, whatever equipment repeats. News that comes before the transfer started — or before it
 * is even planned here — is recorded all the same: the stream is the one place both sides meet, in order, so nothing
 * is lost between a read model and a start. Once the transfer is over, vehicle news (returns after a cancellation)
 * is equipment's business and changes nothing here.
 */
export function recordVehicleArrival(
  command: RecordVehicleArrival,
  state: BaseTransferState,
): BaseTransferVehicleArrived[] {
  if (state.status === 'completed' || state.status === 'cancelled') return [];
  if (hasArrived(state, command.vehicleId)) return [];
  if (state.withdrawn[command.vehicleId] !== undefined) throw E.vehicleWithdrawn();
  if (state.plan !== null) {
    if (!state.plan.vehicleIds.includes(command.vehicleId)) throw E.vehicleNotInTransfer();
    if (command.centreId !== state.plan.toCentreId) throw E.vehicleArrivedElsewhere();
  }
  const { vehicleId, moveId, centreId, arrivedAt } = command;
  return [{ type: 'BaseTransferVehicleArrived', data: { vehicleId, moveId, centreId, arrivedAt } }];
}
