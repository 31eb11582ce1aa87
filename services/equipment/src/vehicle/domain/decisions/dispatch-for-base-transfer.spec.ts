import { DispatchForBaseTransfer } from '../vehicle.commands';
import { VehicleEvent } from '../vehicle.events';
import {
  CENTRE_A,
  CENTRE_B,
  CENTRE_C,
  NOW,
  TRANSFER,
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

const started: DispatchForBaseTransfer = {
  type: 'DispatchForBaseTransfer',
  transferId: TRANSFER,
  fromCentreId: CENTRE_A,
  toCentreId: CENTRE_B,
};
const declined = (reasonCode: string): VehicleEvent => ({
  type: 'VehicleTransferDeclined',
  data: { vehicleId: VEHICLE, transferId: TRANSFER, reasonCode },
});

describe('DispatchForBaseTransfer', () => {
  it('sends the vehicle to the destination for the transfer, with no driver or reading (the transfer names none)', () => {
    spec
      .given(atCentreA())
      .when(started)
      .then([
        {
          type: 'VehicleDispatched',
          data: {
            vehicleId: VEHICLE,
            moveId: idOf('move', 1),
            fromCentreId: CENTRE_A,
            toCentreId: CENTRE_B,
            transferId: TRANSFER,
            dispatchedAt: NOW.toISOString(),
            driverId: null,
            odometerOutKm: null,
            expectedArrivalAt: null,
            loanDueBackOn: null,
          },
        },
        {
          type: 'VehicleStatusChanged',
          data: {
            vehicleId: VEHICLE,
            status: 'in-transit',
            previousStatus: 'serviceable',
            reasonCode: 'DISPATCHED',
            note: null,
          },
        },
      ]);
  });

  it('changes nothing when the same transfer comes again: dispatched, arrived, declined or turned back', () => {
    spec.given(history(registration, started)).when(started).then([]);
    spec
      .given(history(registration, started, arrival))
      .when(started)
      .then([]);
    const unserviceable = history({ ...registration, status: 'unserviceable', statusReason: 'No tyres' }, started);
    spec.given(unserviceable).when(started).then([]);
    spec
      .given(history(registration, started, { type: 'CancelBaseTransferMove', transferId: TRANSFER }))
      .when(started)
      .then([]);
  });

  describe('a vehicle that cannot go is declined with the reason’s code, never refused', () => {
    it('unserviceable', () => {
      spec
        .given(history({ ...registration, status: 'unserviceable', statusReason: 'No tyres' }))
        .when(started)
        .then([declined('VEHICLE_UNSERVICEABLE')]);
    });
    it('on another move', () => {
      spec
        .given(onTheWay())
        .when(started)
        .then([declined('VEHICLE_IN_TRANSIT')]);
    });
    it('at another centre than the one the transfer leaves', () => {
      spec
        .given(atCentreA())
        .when({ ...started, fromCentreId: CENTRE_C, toCentreId: CENTRE_B })
        .then([declined('VEHICLE_NOT_AT_ORIGIN')]);
    });
    it('already at the destination', () => {
      spec
        .given(atCentreA())
        .when({ ...started, fromCentreId: CENTRE_B, toCentreId: CENTRE_A })
        .then([declined('VEHICLE_ALREADY_AT_DESTINATION')]);
    });
    it('on loan from another centre', () => {
      const onLoan = history(registration, { ...dispatch, loanDueBackOn: '2026-02-01' }, arrival);
      spec
        .given(onLoan)
        .when({ ...started, fromCentreId: CENTRE_B, toCentreId: CENTRE_C })
        .then([declined('VEHICLE_ON_LOAN')]);
    });
    it('written off', () => {
      const writtenOff = history(registration, {
        type: 'WriteOffVehicle',
        reason: 'destroyed',
        evidenceRef: 'INC-7 report',
        note: '',
        writtenOffOn: '2026-01-10',
      });
      spec
        .given(writtenOff)
        .when(started)
        .then([declined('VEHICLE_WRITTEN_OFF')]);
    });
  });

  it('refuses a vehicle equipment does not know (the reaction records the refusal)', () => {
    spec.given([]).when(started).thenThrows('VEHICLE_NOT_FOUND');
  });
});
