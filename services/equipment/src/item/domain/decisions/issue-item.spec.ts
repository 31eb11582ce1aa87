import { CENTRE, ITEM, MEMBER, VEHICLE_KIT, camera, history, issue, masks, spec } from './spec-support';

describe('IssueItem', () => {
  it('issues a serial item from the stock to a member', () => {
    spec
      .given(history(camera))
      .when(issue(MEMBER))
      .then([
        {
          type: 'ItemIssued',
          data: { itemId: ITEM, centreId: CENTRE, holder: MEMBER, quantity: 1, issuedOn: '2026-01-10' },
        },
      ]);
  });

  it('refuses a serial item already issued: it is not in stock', () => {
    spec
      .given(history(camera, issue(MEMBER)))
      .when(issue(VEHICLE_KIT))
      .thenThrows('ITEM_NOT_IN_STOCK');
  });

  it('issues a consumable by the count, never more than the stock holds', () => {
    const given = history(masks, issue(VEHICLE_KIT, 150));
    spec
      .given(given)
      .when(issue(MEMBER, 50))
      .then([
        {
          type: 'ItemIssued',
          data: { itemId: ITEM, centreId: CENTRE, holder: MEMBER, quantity: 50, issuedOn: '2026-01-10' },
        },
      ]);
    spec.given(given).when(issue(MEMBER, 51)).thenThrows('ITEM_NOT_IN_STOCK');
  });

  it('refuses an unknown item and a date after today', () => {
    spec.given([]).when(issue(MEMBER)).thenThrows('ITEM_NOT_FOUND');
    spec
      .given(history(camera))
      .when({ type: 'IssueItem', holder: MEMBER, quantity: 1, issuedOn: '2026-01-16' })
      .thenThrows('DATE_IN_FUTURE');
  });
});
