import { VehicleEvent } from '../vehicle.events';
import {
  CENTRE_A,
  CENTRE_B,
  CENTRE_C,
  TRANSFER,
  VEHICLE,
  arrival,
  atCentreA,
  commanderOf,
  dispatch,
  history,
  idOf,
  onTheWay,
  registration,
  spec,
} from './spec-support';

const arrived = (data: Partial<Extract<VehicleEvent, { type: 'VehicleArrived' }>['data']> = {}): VehicleEvent => ({
  type: 'VehicleArrived',
  data: {
    vehicleId: VEHICLE,
    moveId: idOf('move', 1),
    fromCentreId: CENTRE_A,
    centreId: CENTRE_B,
    transferId: null,
    arrivedAt: '2026-01-15T08:00:00.000Z',
    odometerInKm: 120_170,
    distanceKm: 120,
    dispatchRecorded: true,
    tripFlags: [],
    loan: null,
    ...data,
  },
});
const serviceableAgain: VehicleEvent = {
  type: 'VehicleStatusChanged',
  data: { vehicleId: VEHICLE, status: 'serviceable', previousStatus: 'in-transit', reasonCode: 'ARRIVED', note: null },
};

describe('ArriveVehicle', () => {
  it('ends the move at its destination, now its centre, with the distance driven', () => {
    spec.given(onTheWay()).when(arrival).then([arrived(), serviceableAgain]);
  });

  it('flags a trip too fast for its time, with the rule and the figures, and records it all the same', () => {
    // 400 km in 2 hours.
    spec
      .given(onTheWay())
      .when({ ...arrival, odometerInKm: 120_450 })
      .then([
        arrived({
          odometerInKm: 120_450,
          distanceKm: 400,
          tripFlags: [
            { rule: 'AVERAGE_SPEED_ABOVE_LIMIT', distanceKm: 400, elapsedMinutes: 120, averageKmh: 200, limitKmh: 90 },
          ],
        }),
        serviceableAgain,
      ]);
  });

  it('does not flag a trip just under the limit (179 km in 2 hours)', () => {
    spec
      .given(onTheWay())
      .when({ ...arrival, odometerInKm: 120_229 })
      .then([arrived({ odometerInKm: 120_229, distanceKm: 179 }), serviceableAgain]);
  });

  it('flags a trip between two centres on which the odometer did not move', () => {
    spec
      .given(onTheWay())
      .when({ ...arrival, odometerInKm: 120_050 })
      .then([
        arrived({
          odometerInKm: 120_050,
          distanceKm: 0,
          tripFlags: [{ rule: 'NO_DISTANCE_BETWEEN_CENTRES', distanceKm: 0, elapsedMinutes: 120 }],
        }),
        serviceableAgain,
      ]);
  });

  it('puts a vehicle lent to its destination on loan; back home, the loan ends', () => {
    const lent = history(registration, { ...dispatch, loanDueBackOn: '2026-02-15' });
    spec
      .given(lent)
      .when(arrival)
      .then([arrived({ loan: { homeCentreId: CENTRE_A, dueBackOn: '2026-02-15' } }), serviceableAgain]);
    const goingHome = history(registration, { ...dispatch, loanDueBackOn: '2026-02-15' }, arrival, {
      ...dispatch,
      toCentreId: CENTRE_A,
      odometerOutKm: 120_170,
      dispatchedAt: '2026-01-15T08:10:00.000Z',
    });
    const [home] = history(
      registration,
      { ...dispatch, loanDueBackOn: '2026-02-15' },
      arrival,
      { ...dispatch, toCentreId: CENTRE_A, odometerOutKm: 120_170, dispatchedAt: '2026-01-15T08:10:00.000Z' },
      { ...arrival, centreId: CENTRE_A, odometerInKm: 120_200, arrivedAt: '2026-01-15T08:50:00.000Z' },
    ).slice(goingHome.length);
    expect(home).toMatchObject({
      type: 'VehicleArrived',
      data: { centreId: CENTRE_A, fromCentreId: CENTRE_B, loan: null },
    });
  });

  it('refuses an odometer below the reading at departure', () => {
    spec
      .given(onTheWay())
      .when({ ...arrival, odometerInKm: 120_049 })
      .thenThrows('ODOMETER_WENT_BACKWARDS');
  });

  it('refuses an arrival not after the departure, or in the future', () => {
    spec
      .given(onTheWay())
      .when({ ...arrival, arrivedAt: '2026-01-15T06:00:00.000Z' })
      .thenThrows('ARRIVAL_NOT_AFTER_DISPATCH');
    spec
      .given(onTheWay())
      .when({ ...arrival, arrivedAt: '2026-01-15T10:00:00.000Z' })
      .thenThrows('TIME_IN_FUTURE');
  });

  it('refuses an arrival at another centre than the destination (divert it first)', () => {
    spec
      .given(onTheWay())
      .when({ ...arrival, centreId: CENTRE_C })
      .thenThrows('ARRIVAL_AT_OTHER_CENTRE');
  });

  it('lets the destination’s commander receive it; to another commander it is unknown', () => {
    spec
      .given(onTheWay())
      .when({ ...arrival, actor: commanderOf(CENTRE_B) })
      .then([arrived(), serviceableAgain]);
    spec
      .given(onTheWay())
      .when({ ...arrival, actor: commanderOf(CENTRE_A, CENTRE_C) })
      .thenThrows('VEHICLE_NOT_FOUND');
  });

  it('arrives unserviceable when severely damaged on the way', () => {
    const damaged = history(registration, dispatch, {
      type: 'RecordDamage',
      cause: 'shelling',
      occurredOn: '2026-01-15',
      incidentRef: 'INC-88',
      severity: 'severe',
      description: 'Shrapnel through the radiator',
      odometerKm: null,
    });
    spec
      .given(damaged)
      .when(arrival)
      .then([
        arrived(),
        {
          type: 'VehicleStatusChanged',
          data: {
            vehicleId: VEHICLE,
            status: 'unserviceable',
            previousStatus: 'in-transit',
            reasonCode: 'DAMAGED',
            note: 'Shrapnel through the radiator',
          },
        },
      ]);
  });

  it('keeps a base transfer’s arrival earlier than the move was recorded, without judging the trip (no reading at departure)', () => {
    const transferred = history(registration, {
      type: 'DispatchForBaseTransfer',
      transferId: TRANSFER,
      fromCentreId: CENTRE_A,
      toCentreId: CENTRE_B,
    });
    spec
      .given(transferred)
      .when(arrival)
      .then([arrived({ transferId: TRANSFER, distanceKm: null }), serviceableAgain]);
  });

  describe('a vehicle not on a recorded move', () => {
    it('is refused, unless it came with a base transfer', () => {
      spec.given(atCentreA()).when(arrival).thenThrows('VEHICLE_NOT_IN_TRANSIT');
    });

    it('arrives for a base transfer whose start was not seen yet: the arrival is kept, the late start changes nothing', () => {
      const early = { ...arrival, transferId: TRANSFER };
      spec
        .given(atCentreA())
        .when(early)
        .then([arrived({ transferId: TRANSFER, distanceKm: null, dispatchRecorded: false })]);
      spec
        .given(history(registration, early))
        .when({ type: 'DispatchForBaseTransfer', transferId: TRANSFER, fromCentreId: CENTRE_A, toCentreId: CENTRE_B })
        .then([]);
      spec.given(history(registration, early)).when({ type: 'CancelBaseTransferMove', transferId: TRANSFER }).then([]);
    });

    it('is refused at its own centre, for a transfer it already arrived for, and before its last arrival', () => {
      spec
        .given(atCentreA())
        .when({ ...arrival, centreId: CENTRE_A, transferId: TRANSFER })
        .thenThrows('VEHICLE_NOT_IN_TRANSIT');
      const done = history(registration, { ...arrival, transferId: TRANSFER });
      spec
        .given(done)
        .when({ ...arrival, centreId: CENTRE_C, arrivedAt: '2026-01-15T08:30:00.000Z', transferId: TRANSFER })
        .thenThrows('VEHICLE_NOT_IN_TRANSIT');
      spec
        .given(done)
        .when({
          ...arrival,
          centreId: CENTRE_C,
          arrivedAt: '2026-01-15T07:00:00.000Z',
          transferId: '6f1c1b2e-0000-4000-8000-000000000077',
        })
        .thenThrows('DISPATCH_BEFORE_LAST_ARRIVAL');
    });
  });

  it('refuses a written-off vehicle', () => {
    spec
      .given(
        history(registration, dispatch, {
          type: 'WriteOffVehicle',
          reason: 'lost',
          evidenceRef: 'REP-1',
          note: '',
          writtenOffOn: '2026-01-15',
        }),
      )
      .when(arrival)
      .thenThrows('VEHICLE_WRITTEN_OFF');
  });
});
