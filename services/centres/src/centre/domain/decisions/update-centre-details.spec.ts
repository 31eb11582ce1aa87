import { registered, spec } from './spec-support';

describe('UpdateCentreDetails', () => {
  const update = {
    type: 'UpdateCentreDetails' as const,
    centreType: 'fire' as const,
    capacity: { people: 60, vehicleBays: 8 },
    powerSupply: 'solar' as const,
  };
  it('records the new type, capacity and power supply', () => {
    spec
      .given(registered)
      .when(update)
      .then([
        {
          type: 'CentreDetailsRecorded',
          data: { centreType: 'fire', capacity: { people: 60, vehicleBays: 8 }, powerSupply: 'solar' },
        },
      ]);
  });
  it('refuses an unknown centre and a negative capacity', () => {
    spec.given([]).when(update).thenThrows('CENTRE_NOT_FOUND');
    spec
      .given(registered)
      .when({ ...update, capacity: { people: 1, vehicleBays: -2 } })
      .thenThrows('CENTRE_CAPACITY_INVALID');
  });
});
