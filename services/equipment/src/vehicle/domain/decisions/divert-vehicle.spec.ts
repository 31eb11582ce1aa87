import { DivertVehicle } from '../vehicle.commands';
import {
  CENTRE_A,
  CENTRE_B,
  CENTRE_C,
  arrival,
  atCentreA,
  dispatch,
  history,
  idOf,
  onTheWay,
  registration,
  spec,
} from './spec-support';

const divert: DivertVehicle = { type: 'DivertVehicle', toCentreId: CENTRE_C, reason: ' Road to B cut by shelling ' };

describe('DivertVehicle', () => {
  it('sends a vehicle on its way to another destination, still in transit', () => {
    spec
      .given(onTheWay())
      .when(divert)
      .then([
        {
          type: 'VehicleDiverted',
          data: {
            moveId: idOf('move', 1),
            previousDestinationId: CENTRE_B,
            toCentreId: CENTRE_C,
            reason: 'Road to B cut by shelling',
          },
        },
      ]);
  });

  it('makes the new destination the one it arrives at', () => {
    spec
      .given(history(registration, dispatch, divert))
      .when(arrival)
      .thenThrows('ARRIVAL_AT_OTHER_CENTRE');
    const [arrived] = history(registration, dispatch, divert, { ...arrival, centreId: CENTRE_C }).slice(-2);
    expect(arrived).toMatchObject({ type: 'VehicleArrived', data: { centreId: CENTRE_C, fromCentreId: CENTRE_A } });
  });

  it('refuses a vehicle not on its way, the same destination, its origin, or no reason', () => {
    spec.given(atCentreA()).when(divert).thenThrows('VEHICLE_NOT_IN_TRANSIT');
    spec
      .given(onTheWay())
      .when({ ...divert, toCentreId: CENTRE_B })
      .thenThrows('DIVERT_TO_SAME_DESTINATION');
    spec
      .given(onTheWay())
      .when({ ...divert, toCentreId: CENTRE_A })
      .thenThrows('DIVERT_TO_ORIGIN');
    spec
      .given(onTheWay())
      .when({ ...divert, reason: ' ' })
      .thenThrows('REASON_REQUIRED');
  });

  it('refuses to send a vehicle on loan, going home, elsewhere', () => {
    const goingHome = history(registration, { ...dispatch, loanDueBackOn: '2026-02-01' }, arrival, {
      ...dispatch,
      toCentreId: CENTRE_A,
      odometerOutKm: 120_170,
      dispatchedAt: '2026-01-15T08:10:00.000Z',
    });
    spec.given(goingHome).when(divert).thenThrows('VEHICLE_ON_LOAN');
  });
});
