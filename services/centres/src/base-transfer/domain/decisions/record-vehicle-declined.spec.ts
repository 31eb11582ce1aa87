import { RecordVehicleDeclined } from '../base-transfer.commands';
import { ambulance, arrived, planned, spec, started, withdrawn } from './spec-support';

describe('RecordVehicleDeclined', () => {
  const declined: RecordVehicleDeclined = {
    type: 'RecordVehicleDeclined',
    vehicleId: ambulance,
    reasonCode: 'WRITTEN_OFF',
  };
  it('amends the plan without the vehicle, once', () => {
    spec
      .given([planned, started])
      .when(declined)
      .then([withdrawn(ambulance)]);
    spec
      .given([planned, started, withdrawn(ambulance)])
      .when(declined)
      .then([]);
  });
  it('records a decline that comes before the plan is known here', () => {
    spec
      .given([])
      .when(declined)
      .then([withdrawn(ambulance)]);
  });
  it('refuses to withdraw a vehicle that arrived, or one not in the plan', () => {
    spec
      .given([planned, started, arrived(ambulance)])
      .when(declined)
      .thenThrows('VEHICLE_ALREADY_ARRIVED');
    spec
      .given([planned, started])
      .when({ ...declined, vehicleId: 'vehicle-other' })
      .thenThrows('VEHICLE_NOT_IN_TRANSFER');
  });
});
