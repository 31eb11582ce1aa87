import { CloseCentre } from '../centre.commands';
import { registered, spec, statusChanged } from './spec-support';

describe('CloseCentre', () => {
  const close: CloseCentre = {
    type: 'CloseCentre',
    since: '2025-01-10',
    reason: ' Front line ',
    estimatedReopeningOn: '2025-04-01',
  };
  it('records the closure with its reason and estimated reopening', () => {
    spec
      .given(registered)
      .when(close)
      .then([
        statusChanged('operational', 'closed', '2025-01-10', {
          kind: 'closed',
          reason: 'Front line',
          estimatedReopeningOn: '2025-04-01',
        }),
      ]);
  });
  it('refuses a closure without a reason, and a reopening estimate not after the closure', () => {
    spec
      .given(registered)
      .when({ ...close, reason: '' })
      .thenThrows('CENTRE_DETAILS_REQUIRED');
    spec
      .given(registered)
      .when({ ...close, estimatedReopeningOn: '2025-01-10' })
      .thenThrows('REOPENING_BEFORE_CLOSURE');
    spec
      .given(registered)
      .when({ ...close, estimatedReopeningOn: '2025-02-31' })
      .thenThrows('INVALID_DATE');
  });
});
