import { CloseRepairOrder, OpenRepairOrder, RecordDamage, RecordRepairWork } from '../vehicle.commands';
import { VehicleEvent } from '../vehicle.events';
import { DONOR, VEHICLE, dispatch, history, idOf, registration, spec } from './spec-support';

const severe: RecordDamage = {
  type: 'RecordDamage',
  cause: 'air-strike',
  occurredOn: '2026-01-10',
  incidentRef: 'INC-31',
  severity: 'severe',
  description: 'Engine block cracked',
  odometerKm: null,
};
const open: OpenRepairOrder = {
  type: 'OpenRepairOrder',
  damageIds: [idOf('damage', 1)],
  description: 'Replace the engine block',
  workshop: 'Idlib central workshop',
  openedOn: '2026-01-11',
};
const order1 = idOf('repair-order', 1);
const work: RecordRepairWork = {
  type: 'RecordRepairWork',
  orderId: order1,
  workDone: 'Engine block replaced',
  parts: [
    { description: 'Engine block', quantity: 1, unitCost: 1_800.1 },
    { description: 'Gasket set', quantity: 3, unitCost: 0.1 },
  ],
  labourCost: 250.2,
  currency: 'USD',
  fundingSource: { donorId: DONOR, description: 'Vehicle maintenance grant 2026' },
  donorOnRecord: true,
  recordedOn: '2026-01-13',
};
const close: CloseRepairOrder = {
  type: 'CloseRepairOrder',
  orderId: order1,
  closedOn: '2026-01-14',
  odometerKm: 120_005,
  notes: 'Road tested',
};
const damaged = () => history(registration, severe);
const inWorkshop = () => history(registration, severe, open);

const serviceableAgain: VehicleEvent = {
  type: 'VehicleStatusChanged',
  data: {
    vehicleId: VEHICLE,
    status: 'serviceable',
    previousStatus: 'unserviceable',
    reasonCode: 'REPAIRED',
    note: null,
  },
};

describe('repair orders', () => {
  describe('OpenRepairOrder', () => {
    it('opens an order for the damage listed', () => {
      spec
        .given(damaged())
        .when(open)
        .then([
          {
            type: 'VehicleRepairOrderOpened',
            data: {
              orderId: order1,
              damageIds: [idOf('damage', 1)],
              description: 'Replace the engine block',
              workshop: 'Idlib central workshop',
              openedOn: '2026-01-11',
            },
          },
        ]);
    });

    it('refuses damage not of this vehicle, a vehicle on the road, a blank workshop', () => {
      spec
        .given(damaged())
        .when({ ...open, damageIds: [idOf('damage', 2)] })
        .thenThrows('UNKNOWN_DAMAGE');
      spec
        .given(history(registration, dispatch))
        .when({ ...open, damageIds: [] })
        .thenThrows('VEHICLE_IN_TRANSIT');
      spec
        .given(damaged())
        .when({ ...open, workshop: ' ' })
        .thenThrows('VEHICLE_DETAILS_REQUIRED');
    });
  });

  describe('RecordRepairWork', () => {
    it('records the work, the parts and who paid, the total to the cent', () => {
      spec
        .given(inWorkshop())
        .when(work)
        .then([
          {
            type: 'VehicleRepairWorkRecorded',
            data: {
              orderId: order1,
              workDone: 'Engine block replaced',
              parts: work.parts.map((p) => ({ ...p })),
              labourCost: 250.2,
              totalCost: 2_050.6,
              currency: 'USD',
              fundingSource: { donorId: DONOR, description: 'Vehicle maintenance grant 2026' },
              recordedOn: '2026-01-13',
            },
          },
        ]);
    });

    it('refuses a funding donor the donor register does not hold', () => {
      spec
        .given(inWorkshop())
        .when({ ...work, donorOnRecord: false })
        .thenThrows('DONOR_UNKNOWN');
    });

    it('refuses an unknown order, a closed one, and a day before the order opened', () => {
      spec
        .given(inWorkshop())
        .when({ ...work, orderId: idOf('repair-order', 2) })
        .thenThrows('REPAIR_ORDER_NOT_FOUND');
      spec
        .given(history(registration, severe, open, close))
        .when(work)
        .thenThrows('REPAIR_ORDER_CLOSED');
      spec
        .given(inWorkshop())
        .when({ ...work, recordedOn: '2026-01-10' })
        .thenThrows('REPAIR_DATE_BEFORE_OPENING');
    });
  });

  describe('CloseRepairOrder', () => {
    it('hands the vehicle back serviceable', () => {
      spec
        .given(history(registration, severe, open, work))
        .when(close)
        .then([
          {
            type: 'VehicleRepairOrderClosed',
            data: { orderId: order1, closedOn: '2026-01-14', odometerKm: 120_005, notes: 'Road tested' },
          },
          serviceableAgain,
        ]);
    });

    it('leaves it unserviceable while another order is open, serviceable when the last one closes', () => {
      const second: OpenRepairOrder = { ...open, damageIds: [], description: 'Brakes' };
      const twoOpen = history(registration, severe, open, second);
      const [closed, ...changes] = history(registration, severe, open, second, close).slice(twoOpen.length);
      expect(closed).toMatchObject({ type: 'VehicleRepairOrderClosed' });
      expect(changes).toEqual([]);
      spec
        .given(history(registration, severe, open, second, close))
        .when({ ...close, orderId: idOf('repair-order', 2), odometerKm: null })
        .then([
          {
            type: 'VehicleRepairOrderClosed',
            data: { orderId: idOf('repair-order', 2), closedOn: '2026-01-14', odometerKm: null, notes: 'Road tested' },
          },
          serviceableAgain,
        ]);
    });

    it('refuses an odometer below the last reading', () => {
      spec
        .given(inWorkshop())
        .when({ ...close, odometerKm: 119_999 })
        .thenThrows('ODOMETER_WENT_BACKWARDS');
    });
  });
});
