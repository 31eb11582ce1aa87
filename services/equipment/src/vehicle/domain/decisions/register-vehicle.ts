import { RegisterVehicle } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { VehicleRegistered } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';

/** RegisterVehicle: a vehicle is registered once, with its plate, type, make and model, at a centre, in a state. */
export function registerVehicle(command: RegisterVehicle, state: VehicleState): VehicleRegistered[] {
  if (state.vehicleId !== null) throw E.alreadyRegistered();
  // Trimmed, so that ' Iveco' and 'Iveco' are one make.
  const required = (field: 'plate' | 'make' | 'model'): string => {
    const value = command[field].trim();
    if (value === '') throw E.detailsRequired(field);
    return value;
  };
  return [
    {
      type: 'VehicleRegistered',
      data: {
        vehicleId: command.vehicleId,
        plate: required('plate'),
        vehicleType: command.vehicleType,
        make: required('make'),
        model: required('model'),
        centreId: command.centreId,
        status: command.status,
      },
    },
  ];
}
