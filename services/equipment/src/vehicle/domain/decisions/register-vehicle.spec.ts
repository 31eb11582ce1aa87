import { VehicleEvent } from '../vehicle.events';
import { CENTRE_A, DONOR, VEHICLE, registration, spec } from './spec-support';

const registered: VehicleEvent = {
  type: 'VehicleRegistered',
  data: {
    vehicleId: VEHICLE,
    plate: 'إدلب 123456',
    vehicleType: 'fire-engine',
    make: 'Mercedes-Benz',
    model: 'Atego 1530',
    centreId: CENTRE_A,
    status: 'serviceable',
  },
};
const details: VehicleEvent = {
  type: 'VehicleDetailsRecorded',
  data: {
    vin: 'WDB9700561L123456',
    year: 2012,
    donorId: DONOR,
    acquiredOn: '2019-05-01',
    odometerKm: 120_000,
    engineHours: 4_000,
    fuelType: 'diesel',
    tankCapacityLitres: 200,
    serviceInterval: { km: 10_000, months: 6 },
  },
};

describe('RegisterVehicle', () => {
  it('records VehicleRegistered and its details, text trimmed and the VIN in capitals', () => {
    spec
      .given([])
      .when({ ...registration, make: ' Mercedes-Benz', vin: ' wdb9700561l123456 ' })
      .then([registered, details]);
  });

  it('registers a vehicle unserviceable with why, as a declaration dated today', () => {
    spec
      .given([])
      .when({ ...registration, status: 'unserviceable', statusReason: ' No tyres ' })
      .then([
        { ...registered, data: { ...registered.data, status: 'unserviceable' } },
        details,
        { type: 'VehicleDeclaredUnserviceable', data: { reason: 'No tyres', declaredOn: '2026-01-15' } },
      ]);
  });

  it('keeps unknown papers as unknown: no VIN, no year, no donor, no hour meter', () => {
    spec
      .given([])
      .when({ ...registration, vin: null, year: null, donorId: null, engineHours: null })
      .then([
        registered,
        { ...details, data: { ...details.data, vin: null, year: null, donorId: null, engineHours: null } },
      ]);
  });

  it('refuses a donor the donor register does not hold', () => {
    spec
      .given([])
      .when({ ...registration, donorOnRecord: false })
      .thenThrows('DONOR_UNKNOWN');
  });

  it('refuses a second time', () => {
    spec.given([registered, details]).when(registration).thenThrows('VEHICLE_ALREADY_REGISTERED');
  });

  it('refuses blank details', () => {
    spec
      .given([])
      .when({ ...registration, model: ' ' })
      .thenThrows('VEHICLE_DETAILS_REQUIRED');
  });

  it('refuses an unserviceable vehicle without a reason', () => {
    spec
      .given([])
      .when({ ...registration, status: 'unserviceable', statusReason: ' ' })
      .thenThrows('REASON_REQUIRED');
  });

  it('refuses an acquisition after today and a model year beyond next year', () => {
    spec
      .given([])
      .when({ ...registration, acquiredOn: '2026-01-16' })
      .thenThrows('DATE_IN_FUTURE');
    spec
      .given([])
      .when({ ...registration, year: 2028 })
      .thenThrows('VEHICLE_YEAR_IN_FUTURE');
    spec
      .given([])
      .when({ ...registration, year: 2027 })
      .then([registered, { ...details, data: { ...details.data, year: 2027 } }]);
  });
});
