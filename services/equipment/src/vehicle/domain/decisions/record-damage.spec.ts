import { RecordDamage } from '../vehicle.commands';
import { VehicleEvent } from '../vehicle.events';
import { VEHICLE, atCentreA, history, idOf, onTheWay, registration, spec } from './spec-support';

const damage: RecordDamage = {
  type: 'RecordDamage',
  cause: 'double-tap-strike',
  occurredOn: '2026-01-14',
  incidentRef: ' INC-2026-014 ',
  severity: 'severe',
  description: 'Cab crushed by the second strike',
  odometerKm: 120_010,
};
const damaged: VehicleEvent = {
  type: 'VehicleDamaged',
  data: {
    damageId: idOf('damage', 1),
    cause: 'double-tap-strike',
    occurredOn: '2026-01-14',
    incidentRef: 'INC-2026-014',
    severity: 'severe',
    description: 'Cab crushed by the second strike',
    odometerKm: 120_010,
  },
};

describe('RecordDamage', () => {
  it('records severe damage and takes the vehicle off the road at once', () => {
    spec
      .given(atCentreA())
      .when(damage)
      .then([
        damaged,
        {
          type: 'VehicleStatusChanged',
          data: {
            vehicleId: VEHICLE,
            status: 'unserviceable',
            previousStatus: 'serviceable',
            reasonCode: 'DAMAGED',
            note: 'Cab crushed by the second strike',
          },
        },
      ]);
  });

  it('leaves a vehicle serviceable after minor or moderate damage', () => {
    for (const severity of ['minor', 'moderate'] as const) {
      spec
        .given(atCentreA())
        .when({ ...damage, severity })
        .then([{ ...damaged, data: { ...damaged.data, severity } }]);
    }
  });

  it('publishes no second change for a vehicle already unserviceable, nor on the road (it arrives unserviceable)', () => {
    const unserviceable = history({ ...registration, status: 'unserviceable', statusReason: 'No tyres' });
    spec.given(unserviceable).when(damage).then([damaged]);
    spec
      .given(onTheWay())
      .when({ ...damage, odometerKm: null })
      .then([{ ...damaged, data: { ...damaged.data, odometerKm: null } }]);
  });

  it('numbers damage: the second gets the next id', () => {
    const second = history(registration, damage, { ...damage, severity: 'minor' }).at(-1);
    expect(second).toMatchObject({ type: 'VehicleDamaged', data: { damageId: idOf('damage', 2) } });
  });

  it('needs the incident of an attack; wear and accidents may have none', () => {
    spec
      .given(atCentreA())
      .when({ ...damage, incidentRef: ' ' })
      .thenThrows('INCIDENT_REF_REQUIRED');
    spec
      .given(atCentreA())
      .when({ ...damage, cause: 'wear', severity: 'minor', incidentRef: null })
      .then([{ ...damaged, data: { ...damaged.data, cause: 'wear', severity: 'minor', incidentRef: null } }]);
  });

  it('refuses an odometer below the last reading, a day after today, no description', () => {
    spec
      .given(atCentreA())
      .when({ ...damage, odometerKm: 119_000 })
      .thenThrows('ODOMETER_WENT_BACKWARDS');
    spec
      .given(atCentreA())
      .when({ ...damage, occurredOn: '2026-01-16' })
      .thenThrows('DATE_IN_FUTURE');
    spec
      .given(atCentreA())
      .when({ ...damage, description: '' })
      .thenThrows('VEHICLE_DETAILS_REQUIRED');
  });
});
