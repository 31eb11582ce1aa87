import { fold } from '@muster/event-sourcing';
import { currentCentreOf, memberDecider } from '../member.decider';
import { MemberEvent } from '../member.events';
import { spec, applied, cleared, suspended, onLeave, active, transfer } from './spec-support';

describe('TransferMember', () => {
  const transferred: MemberEvent = {
    type: 'MemberTransferred',
    data: {
      fromCentreId: 'centre-aleppo-1',
      toCentreId: 'centre-idlib-3',
      effectiveOn: '2025-05-01',
      reason: 'Base moved to the former outpost',
    },
  };
  it('moves an active member to another centre and keeps the assignment history', () => {
    spec.given(active).when(transfer()).then([transferred]);
    const state = fold(memberDecider, memberDecider.initialState, [...active, transferred]);
    expect(currentCentreOf(state)).toBe('centre-idlib-3');
    expect(state.assignments).toEqual([
      { centreId: 'centre-aleppo-1', from: '2025-04-01', until: '2025-05-01', reason: 'onboarded' },
      { centreId: 'centre-idlib-3', from: '2025-05-01', until: null, reason: 'transferred' },
    ]);
  });
  it('moves a member for a base transfer only from the centre it leaves', () => {
    spec
      .given(active)
      .when({ ...transfer(), fromCentreId: 'centre-aleppo-1' })
      .then([transferred]);
    spec
      .given(active)
      .when({ ...transfer(), fromCentreId: 'centre-homs-2' })
      .thenThrows('MEMBER_NOT_AT_CENTRE');
  });
  it('may transfer a member who is on leave', () => {
    spec
      .given([...active, onLeave])
      .when(transfer('centre-idlib-3', '2025-07-05'))
      .then([{ type: 'MemberTransferred', data: { ...transferred.data, effectiveOn: '2025-07-05' } } as MemberEvent]);
  });
  it('refuses the same centre, a date before the current assignment and a missing reason', () => {
    spec.given(active).when(transfer('centre-aleppo-1')).thenThrows('TRANSFER_TO_SAME_CENTRE');
    spec.given(active).when(transfer('centre-idlib-3', '2025-03-31')).thenThrows('TRANSFER_BEFORE_CURRENT_ASSIGNMENT');
    spec
      .given(active)
      .when({ ...transfer(), reason: '' })
      .thenThrows('REASON_REQUIRED');
    spec
      .given(active)
      .when({ ...transfer(), toCentreId: ' ' })
      .thenThrows('CENTRE_REQUIRED');
  });
  it('refuses a suspended member and an applicant', () => {
    spec
      .given([...active, suspended])
      .when(transfer())
      .thenThrows('MEMBER_SUSPENDED');
    spec.given([applied, cleared]).when(transfer()).thenThrows('MEMBER_NOT_ONBOARDED');
  });
});
