import { Decider, unreachable } from '@muster/event-sourcing';
import { VehicleCommand } from './vehicle.commands';
import { VehicleEvent } from './vehicle.events';
import { VehicleState, initialVehicleState } from './vehicle.state';
import { registerVehicle } from './decisions/register-vehicle';

/** One case per event type: a type without its case fails to compile. */
function evolve(state: VehicleState, event: VehicleEvent): VehicleState {
  switch (event.type) {
    case 'VehicleRegistered':
      return { ...state, vehicleId: event.data.vehicleId };
    default:
      return unreachable(event.type);
  }
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: VehicleCommand, state: VehicleState): VehicleEvent[] {
  switch (command.type) {
    case 'RegisterVehicle':
      return registerVehicle(command, state);
    default:
      return unreachable(command.type);
  }
}

export const vehicleDecider: Decider<VehicleCommand, VehicleState, VehicleEvent> = {
  initialState: initialVehicleState,
  evolve,
  decide,
};
