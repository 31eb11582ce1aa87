import { CancelBaseTransferMove } from '../vehicle.commands';
import { VehicleTransferDeclined, VehicleTurnedBack } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import { requireRegistered } from './guards';
import { turnedBack } from './return-vehicle-to-origin';

/**
 * CancelBaseTransferMove (centres' BaseTransferCancelled): a vehicle on its way for the transfer turns back for the
 * centre it left. One whose start of the transfer was not seen yet will not go for it: recorded as declined
 * (TRANSFER_CANCELLED), so that the start, arriving late, changes nothing. A vehicle that already arrived, or was
 * turned back or declined for it, is left as it is.
 */
export function cancelBaseTransferMove(
  command: CancelBaseTransferMove,
  state: VehicleState,
): (VehicleTurnedBack | VehicleTransferDeclined)[] {
  requireRegistered(state);
  const outcome = state.transfers[command.transferId];
  if (outcome === undefined) {
    return [
      {
        type: 'VehicleTransferDeclined',
        data: { vehicleId: state.vehicleId, transferId: command.transferId, reasonCode: 'TRANSFER_CANCELLED' },
      },
    ];
  }
  const move = state.move;
  if (outcome !== 'dispatched' || move === null || move.transferId !== command.transferId) return [];
  return [turnedBack(move, 'TRANSFER_CANCELLED', `Base transfer ${command.transferId} was cancelled`)];
}
