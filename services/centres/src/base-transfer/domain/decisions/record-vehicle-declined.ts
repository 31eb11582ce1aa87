import { RecordVehicleDeclined } from '../base-transfer.commands';
import { BaseTransferErrors as E } from '../base-transfer.errors';
import { BaseTransferVehicleWithdrawn } from '../base-transfer.events';
import { BaseTransferState, hasArrived } from '../base-transfer.state';

/**
 * RecordVehicleDeclined (a reaction to equipment's VehicleTransferDeclined): a vehicle of the plan cannot go, so the
 * plan is amended without it, once — recorded even before the transfer started or is planned here (see
 * recordVehicleArrival). A vehicle that already arrived stays arrived.
 */
export function recordVehicleDeclined(
  command: RecordVehicleDeclined,
  state: BaseTransferState,
): BaseTransferVehicleWithdrawn[] {
  if (state.status === 'completed' || state.status === 'cancelled') return [];
  if (state.withdrawn[command.vehicleId] !== undefined) return [];
  if (hasArrived(state, command.vehicleId)) throw E.vehicleAlreadyArrived();
  if (state.plan !== null && !state.plan.vehicleIds.includes(command.vehicleId)) throw E.vehicleNotInTransfer();
  return [
    { type: 'BaseTransferVehicleWithdrawn', data: { vehicleId: command.vehicleId, reasonCode: command.reasonCode } },
  ];
}
