import { ReturnVehicleToOrigin } from '../vehicle.commands';
import {
  CENTRE_A,
  CENTRE_B,
  arrival,
  atCentreA,
  dispatch,
  history,
  idOf,
  onTheWay,
  registration,
  spec,
} from './spec-support';

const recall: ReturnVehicleToOrigin = { type: 'ReturnVehicleToOrigin', reason: 'Needed back at A' };

describe('ReturnVehicleToOrigin', () => {
  it('turns a vehicle on its way back to the centre it left, still in transit', () => {
    spec
      .given(onTheWay())
      .when(recall)
      .then([
        {
          type: 'VehicleTurnedBack',
          data: {
            moveId: idOf('move', 1),
            previousDestinationId: CENTRE_B,
            toCentreId: CENTRE_A,
            transferId: null,
            reasonCode: 'ORDERED_BACK',
            reason: 'Needed back at A',
          },
        },
      ]);
  });

  it('calls off the loan it was going on: back home, it is not on loan', () => {
    const events = history(
      registration,
      { ...dispatch, loanDueBackOn: '2026-02-01' },
      recall,
      { ...arrival, centreId: CENTRE_A },
      {
        ...dispatch,
        toCentreId: 'c0ffee00-0000-4000-8000-000000000001',
        odometerOutKm: 120_170,
        dispatchedAt: '2026-01-15T08:10:00.000Z',
      },
    );
    expect(events.at(-2)).toMatchObject({ type: 'VehicleDispatched', data: { fromCentreId: CENTRE_A } });
  });

  it('refuses a vehicle not on its way, one already on its way back, and no reason', () => {
    spec.given(atCentreA()).when(recall).thenThrows('VEHICLE_NOT_IN_TRANSIT');
    spec
      .given(history(registration, dispatch, recall))
      .when(recall)
      .thenThrows('DIVERT_TO_SAME_DESTINATION');
    spec
      .given(onTheWay())
      .when({ ...recall, reason: '' })
      .thenThrows('REASON_REQUIRED');
  });
});
