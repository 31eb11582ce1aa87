import { ReturnItem } from '../item.commands';
import { CENTRE, ITEM, MEMBER, VEHICLE_KIT, camera, history, issue, masks, spec } from './spec-support';

const giveBack = (quantity = 1, holder = MEMBER): ReturnItem => ({
  type: 'ReturnItem',
  holder,
  quantity,
  returnedOn: '2026-01-12',
  condition: 'good',
});

describe('ReturnItem', () => {
  it('takes an item back from its holder into the stock, and it can be issued again', () => {
    spec
      .given(history(camera, issue(MEMBER)))
      .when({ ...giveBack(), condition: 'damaged' })
      .then([
        {
          type: 'ItemReturned',
          data: {
            itemId: ITEM,
            centreId: CENTRE,
            holder: MEMBER,
            quantity: 1,
            returnedOn: '2026-01-12',
            condition: 'damaged',
          },
        },
      ]);
    spec
      .given(history(camera, issue(MEMBER), giveBack()))
      .when(issue(VEHICLE_KIT))
      .then([
        {
          type: 'ItemIssued',
          data: { itemId: ITEM, centreId: CENTRE, holder: VEHICLE_KIT, quantity: 1, issuedOn: '2026-01-10' },
        },
      ]);
  });

  it('refuses more than the holder has, or a holder that has none', () => {
    spec
      .given(history(masks, issue(MEMBER, 10)))
      .when(giveBack(11))
      .thenThrows('ITEM_NOT_HELD');
    spec
      .given(history(camera, issue(MEMBER)))
      .when(giveBack(1, VEHICLE_KIT))
      .thenThrows('ITEM_NOT_HELD');
    spec
      .given(history(camera, issue(MEMBER), giveBack()))
      .when(giveBack())
      .thenThrows('ITEM_NOT_HELD');
  });
});
