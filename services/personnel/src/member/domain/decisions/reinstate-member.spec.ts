import { fold } from '@muster/event-sourcing';
import { memberDecider } from '../member.decider';
import { spec, suspended, active, reinstate } from './spec-support';

describe('ReinstateMember', () => {
  it('reinstates a suspended member, who is active again', () => {
    spec
      .given([...active, suspended])
      .when(reinstate())
      .then([{ type: 'MemberReinstated', data: { reinstatedOn: '2025-06-20', notes: 'Cleared' } }]);
    const state = fold(memberDecider, memberDecider.initialState, [
      ...active,
      suspended,
      { type: 'MemberReinstated', data: { reinstatedOn: '2025-06-20', notes: '' } },
    ]);
    expect(state.status).toBe('active');
  });
  it('refuses reinstating someone not suspended, or before the suspension began', () => {
    spec.given(active).when(reinstate()).thenThrows('MEMBER_NOT_SUSPENDED');
    spec
      .given([...active, suspended])
      .when(reinstate('2025-05-31'))
      .thenThrows('REINSTATEMENT_BEFORE_SUSPENSION');
  });
});
