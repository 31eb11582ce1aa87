import { CancelBaseTransferMove } from '../vehicle.commands';
import {
  CENTRE_A,
  CENTRE_B,
  TRANSFER,
  VEHICLE,
  arrival,
  atCentreA,
  history,
  idOf,
  registration,
  spec,
} from './spec-support';

const cancelled: CancelBaseTransferMove = { type: 'CancelBaseTransferMove', transferId: TRANSFER };
const started = {
  type: 'DispatchForBaseTransfer',
  transferId: TRANSFER,
  fromCentreId: CENTRE_A,
  toCentreId: CENTRE_B,
} as const;

describe('CancelBaseTransferMove', () => {
  it('turns a vehicle on its way for the transfer back to the centre it left', () => {
    spec
      .given(history(registration, started))
      .when(cancelled)
      .then([
        {
          type: 'VehicleTurnedBack',
          data: {
            moveId: idOf('move', 1),
            previousDestinationId: CENTRE_B,
            toCentreId: CENTRE_A,
            transferId: TRANSFER,
            reasonCode: 'TRANSFER_CANCELLED',
            reason: `Base transfer ${TRANSFER} was cancelled`,
          },
        },
      ]);
  });

  it('the vehicle turned back arrives at its origin, which stays its centre', () => {
    const [arrived] = history(registration, started, cancelled, { ...arrival, centreId: CENTRE_A }).slice(-2);
    expect(arrived).toMatchObject({ type: 'VehicleArrived', data: { fromCentreId: CENTRE_A, centreId: CENTRE_A } });
  });

  it('declines, for a transfer whose start was not seen yet: the late start then changes nothing', () => {
    spec
      .given(atCentreA())
      .when(cancelled)
      .then([
        {
          type: 'VehicleTransferDeclined',
          data: { vehicleId: VEHICLE, transferId: TRANSFER, reasonCode: 'TRANSFER_CANCELLED' },
        },
      ]);
    spec.given(history(registration, cancelled)).when(started).then([]);
  });

  it('changes nothing a second time, after the arrival, or once the vehicle was lost on the way', () => {
    spec
      .given(history(registration, started, cancelled))
      .when(cancelled)
      .then([]);
    spec
      .given(history(registration, started, arrival))
      .when(cancelled)
      .then([]);
    const lostOnTheWay = history(registration, started, {
      type: 'WriteOffVehicle',
      reason: 'lost',
      evidenceRef: 'Checkpoint report 12',
      note: '',
      writtenOffOn: '2026-01-15',
    });
    spec.given(lostOnTheWay).when(cancelled).then([]);
  });

  it('refuses a vehicle equipment does not know', () => {
    spec.given([]).when(cancelled).thenThrows('VEHICLE_NOT_FOUND');
  });
});
