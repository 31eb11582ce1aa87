import { Decider, DecisionContext, unreachable } from '@muster/event-sourcing';
import { VehicleCommand } from './vehicle.commands';
import { VehicleEvent } from './vehicle.events';
import { failedItemsNote } from './checklists';
import { odometerReadingOf } from './readings';
import { Grounding, VehicleState, initialVehicleState } from './vehicle.state';
import { arriveVehicle } from './decisions/arrive-vehicle';
import { cancelBaseTransferMove } from './decisions/cancel-base-transfer-move';
import { closeRepairOrder } from './decisions/close-repair-order';
import { correctOdometer } from './decisions/correct-odometer';
import { declareUnserviceable } from './decisions/declare-unserviceable';
import { dispatchForBaseTransfer } from './decisions/dispatch-for-base-transfer';
import { dispatchVehicle } from './decisions/dispatch-vehicle';
import { divertVehicle } from './decisions/divert-vehicle';
import { openRepairOrder } from './decisions/open-repair-order';
import { recordCheck } from './decisions/record-check';
import { recordDamage } from './decisions/record-damage';
import { recordRepairWork } from './decisions/record-repair-work';
import { recordService } from './decisions/record-service';
import { registerVehicle } from './decisions/register-vehicle';
import { returnToService } from './decisions/return-to-service';
import { returnVehicleToOrigin } from './decisions/return-vehicle-to-origin';
import { writeOffVehicle } from './decisions/write-off-vehicle';

/** One grounding per key: a second declaration replaces the first. */
const grounded = (groundings: readonly Grounding[], grounding: Grounding): Grounding[] => [
  ...groundings.filter((g) => g.key !== grounding.key),
  grounding,
];

const withoutKey = <V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

/** Every event's odometer reading becomes the vehicle's (readings.ts); the rest, event by event. */
function evolve(state: VehicleState, event: VehicleEvent): VehicleState {
  const next = evolveFacts(state, event);
  const reading = odometerReadingOf(event);
  return reading === null ? next : { ...next, odometerKm: reading };
}

/** One case per event type: a type without its case fails to compile. */
function evolveFacts(state: VehicleState, event: VehicleEvent): VehicleState {
  switch (event.type) {
    case 'VehicleRegistered': {
      const { vehicleId, vehicleType, centreId, status } = event.data;
      const groundings: Grounding[] =
        status === 'unserviceable' ? [{ key: 'declared', code: 'DECLARED_UNSERVICEABLE', note: '' }] : [];
      return { ...state, vehicleId, vehicleType, centreId, groundings };
    }
    case 'VehicleDetailsRecorded':
      return { ...state, engineHours: event.data.engineHours };
    case 'VehicleDispatched': {
      const { moveId, fromCentreId, toCentreId, transferId, dispatchedAt, odometerOutKm, loanDueBackOn } = event.data;
      return {
        ...state,
        move: { moveId, fromCentreId, toCentreId, transferId, dispatchedAt, odometerOutKm, loanDueBackOn },
        moveCount: state.moveCount + 1,
        transfers: transferId === null ? state.transfers : { ...state.transfers, [transferId]: 'dispatched' },
      };
    }
    case 'VehicleArrived': {
      const { centreId, transferId, arrivedAt, dispatchRecorded, loan } = event.data;
      return {
        ...state,
        move: null,
        centreId,
        loan,
        lastArrivedAt: arrivedAt,
        // A move never recorded takes the next move id too.
        moveCount: dispatchRecorded ? state.moveCount : state.moveCount + 1,
        transfers: transferId === null ? state.transfers : { ...state.transfers, [transferId]: 'arrived' },
      };
    }
    case 'VehicleDiverted':
      return state.move === null ? state : { ...state, move: { ...state.move, toCentreId: event.data.toCentreId } };
    case 'VehicleTurnedBack': {
      const { toCentreId, transferId } = event.data;
      return {
        ...state,
        move: state.move === null ? null : { ...state.move, toCentreId, loanDueBackOn: null },
        transfers: transferId === null ? state.transfers : { ...state.transfers, [transferId]: 'turned-back' },
      };
    }
    case 'VehicleTransferDeclined':
      return { ...state, transfers: { ...state.transfers, [event.data.transferId]: 'declined' } };
    case 'VehicleDamaged': {
      const { damageId, severity, description } = event.data;
      return {
        ...state,
        damageIds: [...state.damageIds, damageId],
        groundings:
          severity === 'severe'
            ? grounded(state.groundings, { key: `damage:${damageId}`, code: 'DAMAGED', note: description })
            : state.groundings,
      };
    }
    case 'VehicleRepairOrderOpened': {
      const { orderId, openedOn } = event.data;
      return {
        ...state,
        repairOrderIds: [...state.repairOrderIds, orderId],
        openRepairOrders: { ...state.openRepairOrders, [orderId]: openedOn },
      };
    }
    case 'VehicleRepairOrderClosed': {
      const openRepairOrders = withoutKey(state.openRepairOrders, event.data.orderId);
      return {
        ...state,
        openRepairOrders,
        // The last open order closed: the workshop hands it back fit for service.
        groundings: Object.keys(openRepairOrders).length === 0 ? [] : state.groundings,
      };
    }
    case 'VehicleCheckRecorded': {
      const { checkId, engineHours, failedCriticalItems } = event.data;
      return {
        ...state,
        checkCount: state.checkCount + 1,
        engineHours: engineHours ?? state.engineHours,
        groundings:
          failedCriticalItems.length > 0
            ? grounded(state.groundings, {
                key: `check:${checkId}`,
                code: 'FAILED_CHECK',
                note: failedItemsNote(failedCriticalItems),
              })
            : state.groundings,
      };
    }
    // The status follows from the facts (statusOf): VehicleStatusChanged publishes it. Readings are taken above.
    case 'VehicleStatusChanged':
    case 'VehicleOdometerCorrected':
    case 'VehicleRepairWorkRecorded':
    case 'VehicleServiced':
      return state;
    case 'VehicleDeclaredUnserviceable':
      return {
        ...state,
        groundings: grounded(state.groundings, {
          key: 'declared',
          code: 'DECLARED_UNSERVICEABLE',
          note: event.data.reason,
        }),
      };
    case 'VehicleReturnedToService':
      return { ...state, groundings: [] };
    case 'VehicleWrittenOff':
      return { ...state, writtenOff: event.data.reason, move: null };
    default:
      return unreachable(event);
  }
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: VehicleCommand, state: VehicleState, context: DecisionContext): VehicleEvent[] {
  switch (command.type) {
    case 'RegisterVehicle':
      return registerVehicle(command, state, context);
    case 'DispatchVehicle':
      return dispatchVehicle(command, state, context);
    case 'ArriveVehicle':
      return arriveVehicle(command, state, context);
    case 'DivertVehicle':
      return divertVehicle(command, state);
    case 'ReturnVehicleToOrigin':
      return returnVehicleToOrigin(command, state);
    case 'DispatchForBaseTransfer':
      return dispatchForBaseTransfer(command, state, context);
    case 'CancelBaseTransferMove':
      return cancelBaseTransferMove(command, state);
    case 'CorrectOdometer':
      return correctOdometer(command, state);
    case 'RecordDamage':
      return recordDamage(command, state, context);
    case 'OpenRepairOrder':
      return openRepairOrder(command, state, context);
    case 'RecordRepairWork':
      return recordRepairWork(command, state, context);
    case 'CloseRepairOrder':
      return closeRepairOrder(command, state, context);
    case 'RecordCheck':
      return recordCheck(command, state, context);
    case 'RecordService':
      return recordService(command, state, context);
    case 'DeclareUnserviceable':
      return declareUnserviceable(command, state, context);
    case 'ReturnToService':
      return returnToService(command, state, context);
    case 'WriteOffVehicle':
      return writeOffVehicle(command, state, context);
    default:
      return unreachable(command);
  }
}

export const vehicleDecider: Decider<VehicleCommand, VehicleState, VehicleEvent> = {
  initialState: initialVehicleState,
  evolve,
  decide,
};
