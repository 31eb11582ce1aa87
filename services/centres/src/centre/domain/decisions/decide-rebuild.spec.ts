import { DecideRebuild } from '../centre.commands';
import { destroyed, spec, statusChanged } from './spec-support';

describe('DecideRebuild', () => {
  const decide: DecideRebuild = {
    type: 'DecideRebuild',
    decidedOn: '2019-07-01',
    decisionRef: 'BOARD-2019-07',
    note: 'Donor funds the rebuild',
    decidedBy: 'admin-1',
  };
  it('records the decision, and the destroyed centre is planned again', () => {
    spec
      .given(destroyed)
      .when(decide)
      .then([
        statusChanged('destroyed', 'planned', '2019-07-01', {
          kind: 'rebuild-decided',
          decisionRef: 'BOARD-2019-07',
          decidedBy: 'admin-1',
          note: 'Donor funds the rebuild',
        }),
      ]);
  });
  it('refuses a decision without its reference', () => {
    spec
      .given(destroyed)
      .when({ ...decide, decisionRef: ' ' })
      .thenThrows('CENTRE_DETAILS_REQUIRED');
  });
});
