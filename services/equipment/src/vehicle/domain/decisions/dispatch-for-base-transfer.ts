import { DecisionContext } from '@muster/event-sourcing';
import { DispatchForBaseTransfer } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { VehicleDispatched, VehicleStatusChanged, VehicleTransferDeclined } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import { dispatched } from './dispatch-vehicle';
import { requireRegistered, whyItCannotGo } from './guards';

/**
 * DispatchForBaseTransfer (centres' BaseTransferStarted): the vehicle sets off for the transfer's destination, or —
 * when it cannot go (written off, on another move, elsewhere, on loan, unserviceable) — the transfer goes without it,
 * recorded as VehicleTransferDeclined with the reason's code. A transfer the vehicle already went, arrived, was
 * turned back or declined for (a redelivery, a late start after its cancellation) changes nothing.
 */
export function dispatchForBaseTransfer(
  command: DispatchForBaseTransfer,
  state: VehicleState,
  { now }: DecisionContext,
): (VehicleDispatched | VehicleStatusChanged | VehicleTransferDeclined)[] {
  requireRegistered(state);
  if (state.transfers[command.transferId] !== undefined) return [];
  const refusal =
    whyItCannotGo(state, command.toCentreId) ??
    (state.centreId !== command.fromCentreId ? E.notAtOrigin(command.fromCentreId) : null);
  if (refusal) {
    return [
      {
        type: 'VehicleTransferDeclined',
        data: { vehicleId: state.vehicleId, transferId: command.transferId, reasonCode: refusal.code },
      },
    ];
  }
  // A transfer names no driver and reads no odometer: those are known at the arrival.
  return dispatched(state, {
    toCentreId: command.toCentreId,
    transferId: command.transferId,
    dispatchedAt: now.toISOString(),
    driverId: null,
    odometerOutKm: null,
    expectedArrivalAt: null,
    loanDueBackOn: null,
  });
}
