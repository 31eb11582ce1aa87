import { DecisionContext } from '@muster/event-sourcing';
import { DispatchVehicle } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { VehicleDispatched, VehicleStatusChanged } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import {
  RegisteredVehicle,
  nextId,
  pastInstant,
  requireActive,
  requireOdometerForward,
  statusChanged,
  whyItCannotGo,
} from './guards';

/** The move out of a vehicle's centre, as a dispatch by a person and a base transfer both record it. */
export function dispatched(
  state: RegisteredVehicle,
  move: Omit<VehicleDispatched['data'], 'vehicleId' | 'moveId' | 'fromCentreId'>,
): (VehicleDispatched | VehicleStatusChanged)[] {
  return [
    {
      type: 'VehicleDispatched',
      data: {
        vehicleId: state.vehicleId,
        moveId: nextId(state, 'move', state.moveCount),
        fromCentreId: state.centreId,
        ...move,
      },
    },
    ...statusChanged(state, 'in-transit', 'DISPATCHED'),
  ];
}

/**
 * DispatchVehicle: a serviceable vehicle at its centre sets off for another, with a driver and the odometer read; in
 * transit until it arrives. A loan is due back after the day it starts; a vehicle on loan only goes back home.
 */
export function dispatchVehicle(
  command: DispatchVehicle,
  state: VehicleState,
  { now }: DecisionContext,
): (VehicleDispatched | VehicleStatusChanged)[] {
  requireActive(state);
  const refusal = whyItCannotGo(state, command.toCentreId);
  if (refusal) throw refusal;
  if (command.loanDueBackOn !== null && state.loan !== null) throw E.onLoan(state.loan.homeCentreId);
  requireOdometerForward(state, command.odometerOutKm);
  const dispatchedAt = pastInstant(command.dispatchedAt, 'dispatchedAt', now);
  if (state.lastArrivedAt !== null && dispatchedAt < state.lastArrivedAt)
    throw E.dispatchBeforeLastArrival(state.lastArrivedAt);
  const expectedArrivalAt = new Date(command.expectedArrivalAt).toISOString();
  if (expectedArrivalAt <= dispatchedAt) throw E.expectedArrivalNotAfterDispatch();
  if (command.loanDueBackOn !== null && command.loanDueBackOn <= dispatchedAt.slice(0, 10))
    throw E.loanNotAfterDispatch();
  return dispatched(state, {
    toCentreId: command.toCentreId,
    transferId: command.transferId,
    dispatchedAt,
    driverId: command.driverId,
    odometerOutKm: command.odometerOutKm,
    expectedArrivalAt,
    loanDueBackOn: command.loanDueBackOn,
  });
}
