import { DecisionContext, Decider, unreachable } from '@muster/event-sourcing';
import { BaseTransferCommand } from './base-transfer.commands';
import { BaseTransferEvent } from './base-transfer.events';
import { BaseTransferState, initialBaseTransferState } from './base-transfer.state';
import { cancelBaseTransfer } from './decisions/cancel-base-transfer';
import { confirmBaseTransfer } from './decisions/confirm-base-transfer';
import { planBaseTransfer } from './decisions/plan-base-transfer';
import { recordVehicleArrival } from './decisions/record-vehicle-arrival';
import { recordVehicleDeclined } from './decisions/record-vehicle-declined';
import { startBaseTransfer } from './decisions/start-base-transfer';

/** One case per event type: a type without its case fails to compile. */
function evolve(state: BaseTransferState, event: BaseTransferEvent): BaseTransferState {
  switch (event.type) {
    case 'BaseTransferPlanned': {
      const { transferId, ...plan } = event.data;
      return { ...state, status: 'planned', transferId, plan };
    }
    case 'BaseTransferStarted':
      return { ...state, status: 'started', startedOn: event.data.startedOn };
    case 'BaseTransferVehicleArrived': {
      const { vehicleId, ...arrival } = event.data;
      return { ...state, arrivals: { ...state.arrivals, [vehicleId]: arrival } };
    }
    case 'BaseTransferVehicleWithdrawn':
      return { ...state, withdrawn: { ...state.withdrawn, [event.data.vehicleId]: event.data.reasonCode } };
    case 'CentreBaseTransferCompleted':
      return { ...state, status: 'completed', effectiveOn: event.data.effectiveOn };
    case 'BaseTransferCancelled':
      return {
        ...state,
        status: 'cancelled',
        cancellation: { reason: event.data.reason, cancelledOn: event.data.cancelledOn },
      };
    default:
      return unreachable(event);
  }
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: BaseTransferCommand, state: BaseTransferState, context: DecisionContext): BaseTransferEvent[] {
  switch (command.type) {
    case 'PlanBaseTransfer':
      return planBaseTransfer(command, state);
    case 'StartBaseTransfer':
      return startBaseTransfer(state, context);
    case 'RecordVehicleArrival':
      return recordVehicleArrival(command, state);
    case 'RecordVehicleDeclined':
      return recordVehicleDeclined(command, state);
    case 'ConfirmBaseTransfer':
      return confirmBaseTransfer(command, state, context);
    case 'CancelBaseTransfer':
      return cancelBaseTransfer(command, state, context);
    default:
      return unreachable(command);
  }
}

export const baseTransferDecider: Decider<BaseTransferCommand, BaseTransferState, BaseTransferEvent> = {
  initialState: initialBaseTransferState,
  evolve,
  decide,
};
