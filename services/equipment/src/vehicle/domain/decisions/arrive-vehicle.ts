import { DecisionContext } from '@muster/event-sourcing';
import { ArriveVehicle } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { VehicleArrived, VehicleLoan, VehicleStatusChanged } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import { tripFlags } from '../trip-plausibility';
import {
  RegisteredVehicle,
  nextId,
  pastInstant,
  requireActive,
  requireActsFor,
  requireOdometerForward,
  requireRegistered,
  statusChanged,
} from './guards';

type Move = Pick<VehicleArrived['data'], 'moveId' | 'fromCentreId' | 'transferId' | 'distanceKm' | 'dispatchRecorded'>;

/**
 * A move that starts a loan puts the vehicle on loan at its destination (the home centre stays the one that lent it
 * first); arriving back home ends a loan; any other arrival leaves the loan as it was (a loan turned back never began).
 */
function loanAfter(state: RegisteredVehicle, centreId: string): VehicleLoan | null {
  const move = state.move;
  if (move !== null && move.loanDueBackOn !== null) {
    return { homeCentreId: state.loan?.homeCentreId ?? move.fromCentreId, dueBackOn: move.loanDueBackOn };
  }
  return state.loan !== null && centreId === state.loan.homeCentreId ? null : state.loan;
}

function requireAfterLastArrival(state: RegisteredVehicle, arrivedAt: string): void {
  if (state.lastArrivedAt !== null && arrivedAt <= state.lastArrivedAt) {
    throw E.dispatchBeforeLastArrival(state.lastArrivedAt);
  }
}

/** The move an arrival ends: the open one, or — for a base transfer not yet seen here — one that was never recorded. */
function arrivingMove(
  command: ArriveVehicle,
  state: RegisteredVehicle,
  arrivedAt: string,
): Move & { dispatchedAt: string | null } {
  const move = state.move;
  if (move !== null) {
    if (command.centreId !== move.toCentreId) throw E.arrivalAtOtherCentre(move.toCentreId);
    // A move a base transfer started has no reading at departure and was recorded when equipment heard of the
    // transfer, not when the vehicle left: an arrival before that is real, bounded only by its last arrival.
    if (move.odometerOutKm === null) requireAfterLastArrival(state, arrivedAt);
    else if (arrivedAt <= move.dispatchedAt) throw E.arrivalNotAfterDispatch(move.dispatchedAt);
    return {
      moveId: move.moveId,
      fromCentreId: move.fromCentreId,
      transferId: move.transferId,
      distanceKm: move.odometerOutKm === null ? null : command.odometerInKm - move.odometerOutKm,
      dispatchRecorded: true,
      dispatchedAt: move.dispatchedAt,
    };
  }
  const { transferId } = command;
  if (transferId === null || state.transfers[transferId] !== undefined || command.centreId === state.centreId) {
    throw E.notInTransit();
  }
  requireAfterLastArrival(state, arrivedAt);
  return {
    moveId: nextId(state, 'move', state.moveCount),
    fromCentreId: state.centreId,
    transferId,
    distanceKm: null,
    dispatchRecorded: false,
    dispatchedAt: null,
  };
}

/**
 * ArriveVehicle: a vehicle in transit is received at its destination, which becomes its centre, with the odometer
 * read. A trip whose distance is implausible for its time is flagged, never refused. A vehicle not on a recorded move
 * may arrive for a base transfer whose start equipment has not seen yet: the arrival is kept, and the late start finds
 * the transfer done. Commanders receive arrivals at their own centres only.
 */
export function arriveVehicle(
  command: ArriveVehicle,
  state: VehicleState,
  { now }: DecisionContext,
): (VehicleArrived | VehicleStatusChanged)[] {
  requireRegistered(state);
  requireActsFor(command.actor, state.move?.toCentreId ?? command.centreId);
  requireActive(state);
  requireOdometerForward(state, command.odometerInKm);
  const arrivedAt = pastInstant(command.arrivedAt, 'arrivedAt', now);
  const { dispatchedAt, ...move } = arrivingMove(command, state, arrivedAt);
  const flags =
    dispatchedAt === null
      ? []
      : tripFlags({
          fromCentreId: move.fromCentreId,
          toCentreId: command.centreId,
          dispatchedAt,
          arrivedAt,
          distanceKm: move.distanceKm,
        });
  const grounding = state.groundings.at(-1);
  return [
    {
      type: 'VehicleArrived',
      data: {
        vehicleId: state.vehicleId,
        ...move,
        centreId: command.centreId,
        arrivedAt,
        odometerInKm: command.odometerInKm,
        tripFlags: flags,
        loan: loanAfter(state, command.centreId),
      },
    },
    // Damaged or grounded on the way: it arrives unserviceable, for that reason.
    ...(grounding === undefined
      ? statusChanged(state, 'serviceable', 'ARRIVED')
      : statusChanged(state, 'unserviceable', grounding.code, grounding.note)),
  ];
}
