import { CorrectOdometer } from '../vehicle.commands';
import { atCentreA, dispatch, history, onTheWay, registration, spec } from './spec-support';

const correction: CorrectOdometer = {
  type: 'CorrectOdometer',
  correctedKm: 112_000,
  reason: 'Mistyped at registration',
};

describe('CorrectOdometer', () => {
  it('records the corrected reading, down as well as up, with the previous one and why', () => {
    spec
      .given(atCentreA())
      .when(correction)
      .then([
        {
          type: 'VehicleOdometerCorrected',
          data: { previousKm: 120_000, correctedKm: 112_000, reason: 'Mistyped at registration' },
        },
      ]);
  });

  it('makes the corrected reading the one later readings are held to', () => {
    const corrected = history(registration, correction);
    expect(history(registration, correction, { ...dispatch, odometerOutKm: 112_500 }).at(-2)).toMatchObject({
      type: 'VehicleDispatched',
      data: { odometerOutKm: 112_500 },
    });
    spec
      .given(corrected)
      .when({ ...dispatch, odometerOutKm: 111_999 })
      .thenThrows('ODOMETER_WENT_BACKWARDS');
  });

  it('refuses the same reading, no reason, and a vehicle on the road', () => {
    spec
      .given(atCentreA())
      .when({ ...correction, correctedKm: 120_000 })
      .thenThrows('ODOMETER_CORRECTION_UNCHANGED');
    spec
      .given(atCentreA())
      .when({ ...correction, reason: '  ' })
      .thenThrows('REASON_REQUIRED');
    spec.given(onTheWay()).when(correction).thenThrows('VEHICLE_IN_TRANSIT');
  });
});
