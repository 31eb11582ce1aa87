import { RelocateCentre } from '../centre.commands';
import { CentreEvent } from '../centre.events';
import { outpost, registered, saraqib, spec } from './spec-support';

describe('RelocateCentre', () => {
  const relocate: RelocateCentre = {
    type: 'RelocateCentre',
    site: outpost,
    relocatedOn: '2025-01-02',
    reason: 'Moved into the former outpost after the government fell',
  };
  const relocated: CentreEvent = {
    type: 'CentreRelocated',
    data: { from: saraqib, to: outpost, relocatedOn: '2025-01-02', reason: relocate.reason },
  };
  it('records the move from the current site, with its reason', () => {
    spec.given(registered).when(relocate).then([relocated]);
  });
  it('refuses the site the centre already works from (whatever the case of the address)', () => {
    spec
      .given(registered)
      .when({ ...relocate, site: { ...saraqib, address: 'MAIN ROAD, SARAQIB' } })
      .thenThrows('CENTRE_ALREADY_AT_SITE');
  });
  it('refuses a move dated before the move to the current site, or in the future', () => {
    spec
      .given([...registered, relocated])
      .when({ ...relocate, site: saraqib, relocatedOn: '2025-01-01' })
      .thenThrows('RELOCATION_BEFORE_CURRENT_SITE');
    spec
      .given(registered)
      .when({ ...relocate, relocatedOn: '2026-02-01' })
      .thenThrows('DATE_IN_FUTURE');
  });
  it('refuses a move without a reason, and an unknown centre', () => {
    spec
      .given(registered)
      .when({ ...relocate, reason: ' ' })
      .thenThrows('CENTRE_DETAILS_REQUIRED');
    spec.given([]).when(relocate).thenThrows('CENTRE_NOT_FOUND');
  });
});
