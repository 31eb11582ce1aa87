import { WriteOffVehicle } from '../vehicle.commands';
import { VehicleEvent } from '../vehicle.events';
import { VEHICLE, atCentreA, history, idOf, onTheWay, registration, spec } from './spec-support';

const writeOff: WriteOffVehicle = {
  type: 'WriteOffVehicle',
  reason: 'destroyed',
  evidenceRef: 'INC-2026-014 report, photos 1–12',
  note: 'Burnt out',
  writtenOffOn: '2026-01-14',
};
const writtenOff = (
  data: Partial<Extract<VehicleEvent, { type: 'VehicleWrittenOff' }>['data']> = {},
): VehicleEvent => ({
  type: 'VehicleWrittenOff',
  data: {
    reason: 'destroyed',
    evidenceRef: 'INC-2026-014 report, photos 1–12',
    note: 'Burnt out',
    writtenOffOn: '2026-01-14',
    moveId: null,
    ...data,
  },
});

describe('WriteOffVehicle', () => {
  it.each([
    ['destroyed', 'DESTROYED'],
    ['stolen', 'STOLEN'],
    ['lost', 'LOST'],
    ['donated-onward', 'DONATED_ONWARD'],
  ] as const)('writes a vehicle off as %s, with its evidence', (reason, reasonCode) => {
    spec
      .given(atCentreA())
      .when({ ...writeOff, reason })
      .then([
        writtenOff({ reason }),
        {
          type: 'VehicleStatusChanged',
          data: {
            vehicleId: VEHICLE,
            status: 'written-off',
            previousStatus: 'serviceable',
            reasonCode,
            note: 'Burnt out',
          },
        },
      ]);
  });

  it('ends the move of a vehicle lost on its way', () => {
    spec
      .given(onTheWay())
      .when({ ...writeOff, reason: 'lost', note: '' })
      .then([
        writtenOff({ reason: 'lost', note: '', moveId: idOf('move', 1) }),
        {
          type: 'VehicleStatusChanged',
          data: {
            vehicleId: VEHICLE,
            status: 'written-off',
            previousStatus: 'in-transit',
            reasonCode: 'LOST',
            note: null,
          },
        },
      ]);
  });

  it('refuses a write-off without evidence', () => {
    spec
      .given(atCentreA())
      .when({ ...writeOff, evidenceRef: ' ' })
      .thenThrows('EVIDENCE_REQUIRED');
  });

  it('a written-off vehicle accepts nothing', () => {
    spec.given(history(registration, writeOff)).when(writeOff).thenThrows('VEHICLE_WRITTEN_OFF');
  });
});
