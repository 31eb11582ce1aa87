import { spec, onLeave, active, returnFromLeave } from './spec-support';

describe('ReturnFromLeave', () => {
  it('brings a member back from leave', () => {
    spec
      .given([...active, onLeave])
      .when(returnFromLeave())
      .then([{ type: 'MemberReturnedFromLeave', data: { returnedOn: '2025-07-12' } }]);
  });
  it('refuses a return when not on leave, or before the leave started', () => {
    spec.given(active).when(returnFromLeave()).thenThrows('MEMBER_NOT_ON_LEAVE');
    spec
      .given([...active, onLeave])
      .when(returnFromLeave('2025-06-30'))
      .thenThrows('RETURN_BEFORE_LEAVE_STARTED');
  });
});
