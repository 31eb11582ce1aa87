import { VehicleEvent } from '../vehicle.events';
import {
  CENTRE_A,
  CENTRE_B,
  CENTRE_C,
  DRIVER,
  VEHICLE,
  arrival,
  atCentreA,
  dispatch,
  history,
  idOf,
  onTheWay,
  registration,
  spec,
} from './spec-support';

const dispatched: VehicleEvent = {
  type: 'VehicleDispatched',
  data: {
    vehicleId: VEHICLE,
    moveId: idOf('move', 1),
    fromCentreId: CENTRE_A,
    toCentreId: CENTRE_B,
    transferId: null,
    dispatchedAt: '2026-01-15T06:00:00.000Z',
    driverId: DRIVER,
    odometerOutKm: 120_050,
    expectedArrivalAt: '2026-01-15T09:00:00.000Z',
    loanDueBackOn: null,
  },
};
const inTransit: VehicleEvent = {
  type: 'VehicleStatusChanged',
  data: {
    vehicleId: VEHICLE,
    status: 'in-transit',
    previousStatus: 'serviceable',
    reasonCode: 'DISPATCHED',
    note: null,
  },
};

describe('DispatchVehicle', () => {
  it('puts a serviceable vehicle in transit from its centre, with driver and odometer', () => {
    spec.given(atCentreA()).when(dispatch).then([dispatched, inTransit]);
  });

  it('carries a base transfer id and a loan’s due-back day', () => {
    spec
      .given(atCentreA())
      .when({ ...dispatch, transferId: '6f1c1b2e-0000-4000-8000-000000000099', loanDueBackOn: '2026-02-15' })
      .then([
        {
          ...dispatched,
          data: { ...dispatched.data, transferId: '6f1c1b2e-0000-4000-8000-000000000099', loanDueBackOn: '2026-02-15' },
        },
        inTransit,
      ]);
  });

  it('numbers moves: the second move gets the next id', () => {
    const back = {
      ...dispatch,
      toCentreId: CENTRE_A,
      odometerOutKm: 120_170,
      dispatchedAt: '2026-01-15T08:30:00.000Z',
    };
    const [second] = history(registration, dispatch, arrival, back).slice(-2);
    expect(second).toMatchObject({
      type: 'VehicleDispatched',
      data: { moveId: idOf('move', 2), fromCentreId: CENTRE_B },
    });
  });

  it('refuses an odometer reading below the last one', () => {
    spec
      .given(atCentreA())
      .when({ ...dispatch, odometerOutKm: 119_999 })
      .thenThrows('ODOMETER_WENT_BACKWARDS');
  });

  it('accepts the same reading as the last one (it has not moved since)', () => {
    spec
      .given(atCentreA())
      .when({ ...dispatch, odometerOutKm: 120_000 })
      .then([{ ...dispatched, data: { ...dispatched.data, odometerOutKm: 120_000 } }, inTransit]);
  });

  it('refuses a vehicle already on its way', () => {
    spec
      .given(onTheWay())
      .when({ ...dispatch, toCentreId: CENTRE_C })
      .thenThrows('VEHICLE_IN_TRANSIT');
  });

  it('refuses the centre it is at', () => {
    spec
      .given(atCentreA())
      .when({ ...dispatch, toCentreId: CENTRE_A })
      .thenThrows('VEHICLE_ALREADY_AT_DESTINATION');
  });

  it('refuses an unserviceable vehicle', () => {
    spec
      .given(history({ ...registration, status: 'unserviceable', statusReason: 'No tyres' }))
      .when(dispatch)
      .thenThrows('VEHICLE_UNSERVICEABLE');
  });

  it('refuses an unregistered vehicle', () => {
    spec.given([]).when(dispatch).thenThrows('VEHICLE_NOT_FOUND');
  });

  it('refuses a departure in the future, an expected arrival not after it, a loan not due back after it', () => {
    spec
      .given(atCentreA())
      .when({ ...dispatch, dispatchedAt: '2026-01-15T09:06:00.000Z', expectedArrivalAt: '2026-01-15T12:00:00.000Z' })
      .thenThrows('TIME_IN_FUTURE');
    spec
      .given(atCentreA())
      .when({ ...dispatch, expectedArrivalAt: dispatch.dispatchedAt })
      .thenThrows('EXPECTED_ARRIVAL_NOT_AFTER_DISPATCH');
    spec
      .given(atCentreA())
      .when({ ...dispatch, loanDueBackOn: '2026-01-15' })
      .thenThrows('LOAN_DUE_BACK_NOT_AFTER_DISPATCH');
  });

  it('refuses a departure before the vehicle last arrived', () => {
    spec
      .given(history(registration, dispatch, arrival))
      .when({ ...dispatch, toCentreId: CENTRE_C, odometerOutKm: 120_170, dispatchedAt: '2026-01-15T07:59:00.000Z' })
      .thenThrows('DISPATCH_BEFORE_LAST_ARRIVAL');
  });

  describe('a vehicle on loan', () => {
    const onLoanAtB = () => history(registration, { ...dispatch, loanDueBackOn: '2026-02-15' }, arrival);
    const from = { odometerOutKm: 120_170, dispatchedAt: '2026-01-15T08:30:00.000Z' };

    it('goes only back to the centre that lent it', () => {
      spec
        .given(onLoanAtB())
        .when({ ...dispatch, ...from, toCentreId: CENTRE_C })
        .thenThrows('VEHICLE_ON_LOAN');
      spec
        .given(onLoanAtB())
        .when({ ...dispatch, ...from, toCentreId: CENTRE_A, loanDueBackOn: '2026-03-01' })
        .thenThrows('VEHICLE_ON_LOAN');
      const [back] = history(registration, { ...dispatch, loanDueBackOn: '2026-02-15' }, arrival, {
        ...dispatch,
        ...from,
        toCentreId: CENTRE_A,
      }).slice(-2);
      expect(back).toMatchObject({ type: 'VehicleDispatched', data: { fromCentreId: CENTRE_B, toCentreId: CENTRE_A } });
    });
  });
});
