import { camera, history, spec } from './spec-support';

describe('RecordItemDamage', () => {
  it('records what happened, when and in which incident', () => {
    spec
      .given(history(camera))
      .when({
        type: 'RecordItemDamage',
        description: ' Lens cracked ',
        occurredOn: '2026-01-14',
        incidentRef: ' INC-77 ',
      })
      .then([
        { type: 'ItemDamaged', data: { description: 'Lens cracked', occurredOn: '2026-01-14', incidentRef: 'INC-77' } },
      ]);
  });

  it('refuses a blank description and an unknown item', () => {
    spec
      .given(history(camera))
      .when({ type: 'RecordItemDamage', description: ' ', occurredOn: '2026-01-14', incidentRef: null })
      .thenThrows('ITEM_DESCRIPTION_REQUIRED');
    spec
      .given([])
      .when({ type: 'RecordItemDamage', description: 'x', occurredOn: '2026-01-14', incidentRef: null })
      .thenThrows('ITEM_NOT_FOUND');
  });
});
