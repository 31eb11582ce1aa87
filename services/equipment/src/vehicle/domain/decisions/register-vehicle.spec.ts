import { RegisterVehicle } from '../vehicle.commands';
import { VehicleRegistered } from '../vehicle.events';
import { spec } from './spec-support';

const command: RegisterVehicle = {
  type: 'RegisterVehicle',
  vehicleId: 'vehicle-1',
  plate: 'إدلب 123456',
  vehicleType: 'fire-engine',
  make: ' Mercedes-Benz',
  model: 'Atego 1530',
  centreId: 'centre-7',
  status: 'serviceable',
};
const vehicleRegistered: VehicleRegistered = {
  type: 'VehicleRegistered',
  data: {
    vehicleId: 'vehicle-1',
    plate: 'إدلب 123456',
    vehicleType: 'fire-engine',
    make: 'Mercedes-Benz',
    model: 'Atego 1530',
    centreId: 'centre-7',
    status: 'serviceable',
  },
};

describe('RegisterVehicle', () => {
  it('records VehicleRegistered, details trimmed', () => {
    spec.given([]).when(command).then([vehicleRegistered]);
  });
  it('refuses a second time', () => {
    spec.given([vehicleRegistered]).when(command).thenThrows('VEHICLE_ALREADY_REGISTERED');
  });
  it('refuses blank details', () => {
    spec
      .given([])
      .when({ ...command, model: ' ' })
      .thenThrows('VEHICLE_DETAILS_REQUIRED');
  });
});
