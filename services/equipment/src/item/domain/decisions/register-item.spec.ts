import { DONOR, ITEM, CENTRE, camera, masks, spec } from './spec-support';

const registered = {
  type: 'ItemRegistered',
  data: {
    itemId: ITEM,
    itemType: 'helmet-camera',
    description: 'GoPro Hero 9 with helmet mount',
    serialNumber: 'HC-0042',
    quantity: 1,
    unit: null,
    donorId: DONOR,
    centreId: CENTRE,
    acquiredOn: '2025-11-01',
    tankCapacityLitres: null,
  },
} as const;

describe('RegisterItem', () => {
  it('registers a serial-numbered item, text trimmed', () => {
    spec
      .given([])
      .when({ ...camera, serialNumber: ' HC-0042 ', description: ' GoPro Hero 9 with helmet mount ' })
      .then([registered]);
  });

  it('registers a counted consumable with its unit', () => {
    spec
      .given([])
      .when(masks)
      .then([
        {
          type: 'ItemRegistered',
          data: {
            ...registered.data,
            itemType: 'consumable',
            description: 'FFP3 dust masks',
            serialNumber: null,
            quantity: 200,
            unit: 'pieces',
          },
        },
      ]);
  });

  it('refuses a serial item of more than one, a consumable without a unit, a blank description', () => {
    spec
      .given([])
      .when({ ...camera, quantity: 2 })
      .thenThrows('SERIAL_ITEM_IS_ONE');
    spec
      .given([])
      .when({ ...masks, unit: ' ' })
      .thenThrows('CONSUMABLE_UNIT_REQUIRED');
    spec
      .given([])
      .when({ ...camera, description: '' })
      .thenThrows('ITEM_DESCRIPTION_REQUIRED');
  });

  it('refuses a donor the register does not hold, an acquisition after today, a second registration', () => {
    spec
      .given([])
      .when({ ...camera, donorOnRecord: false })
      .thenThrows('DONOR_UNKNOWN');
    spec
      .given([])
      .when({ ...camera, acquiredOn: '2026-01-16' })
      .thenThrows('DATE_IN_FUTURE');
    spec.given([registered]).when(camera).thenThrows('ITEM_ALREADY_REGISTERED');
  });
});
