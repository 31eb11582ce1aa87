import { delivered, delivery, entryId, spec } from './spec-support';

describe('RecordFuelDelivery', () => {
  it('adds the litres to the centre’s stock, the supplier trimmed', () => {
    spec.given([]).when(delivery).then([delivered]);
  });

  it('numbers deliveries and adds up the stock', () => {
    spec
      .given([delivered])
      .when({ ...delivery, litres: 250.5, source: { supplier: null, donorId: DONOR_ONLY }, cost: null })
      .then([
        {
          type: 'FuelDelivered',
          data: {
            ...delivered.data,
            deliveryId: entryId('delivery', 2),
            litres: 250.5,
            source: { supplier: null, donorId: DONOR_ONLY },
            cost: null,
            balanceLitres: 1250.5,
          },
        },
      ]);
  });

  it('refuses a donor the donor register does not hold', () => {
    spec
      .given([])
      .when({ ...delivery, donorOnRecord: false })
      .thenThrows('DONOR_UNKNOWN');
  });

  it('refuses fuel from nowhere: neither supplier nor donor', () => {
    spec
      .given([])
      .when({ ...delivery, source: { supplier: '  ', donorId: null } })
      .thenThrows('FUEL_SOURCE_REQUIRED');
  });

  it('refuses a delivery in the future', () => {
    spec
      .given([])
      .when({ ...delivery, deliveredAt: '2026-01-16T00:00:00Z' })
      .thenThrows('TIME_IN_FUTURE');
  });
});

const DONOR_ONLY = '0b7a3c1e-0000-4000-8000-0000000000e2';
