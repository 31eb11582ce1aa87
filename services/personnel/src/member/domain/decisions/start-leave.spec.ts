import { spec, suspended, onLeave, active, startLeave } from './spec-support';

describe('StartLeave', () => {
  it('puts an active member on leave', () => {
    spec.given(active).when(startLeave()).then([onLeave]);
  });
  it('accepts a one-day leave', () => {
    spec
      .given(active)
      .when(startLeave('2025-07-01', '2025-07-01'))
      .then([{ type: 'MemberWentOnLeave', data: { from: '2025-07-01', until: '2025-07-01', reason: 'Family' } }]);
  });
  it('refuses leave ending before it starts, leave twice, leave while suspended', () => {
    spec.given(active).when(startLeave('2025-07-14', '2025-07-01')).thenThrows('LEAVE_ENDS_BEFORE_IT_STARTS');
    spec
      .given([...active, onLeave])
      .when(startLeave())
      .thenThrows('MEMBER_ALREADY_ON_LEAVE');
    spec
      .given([...active, suspended])
      .when(startLeave())
      .thenThrows('MEMBER_SUSPENDED');
    spec
      .given(active)
      .when({ ...startLeave(), reason: '' })
      .thenThrows('REASON_REQUIRED');
  });
});
