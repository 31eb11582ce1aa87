import { fold } from '@muster/event-sourcing';
import { MemberCommand } from '../member.commands';
import { memberDecider } from '../member.decider';
import { MemberEvent } from '../member.events';
import { spec, active, probationer } from './spec-support';

describe('ReviewProbation', () => {
  it('confirms a member at the end of probation', () => {
    spec
      .given(probationer)
      .when({
        type: 'ReviewProbation',
        reviewedOn: '2025-10-01',
        outcome: { kind: 'confirm', notes: 'Induction done', inductionCompletedOn: '2025-09-01' },
      })
      .then([{ type: 'MemberProbationConfirmed', data: { confirmedOn: '2025-10-01', notes: 'Induction done' } }]);
  });
  it('refuses to confirm before training has reported the induction done', () => {
    spec
      .given(probationer)
      .when({
        type: 'ReviewProbation',
        reviewedOn: '2025-10-01',
        outcome: { kind: 'confirm', notes: '', inductionCompletedOn: null },
      })
      .thenThrows('INDUCTION_NOT_COMPLETED');
  });
  it('extends probation to a later date', () => {
    spec
      .given(probationer)
      .when({
        type: 'ReviewProbation',
        reviewedOn: '2025-10-01',
        outcome: { kind: 'extend', newEndsOn: '2026-01-01', reason: 'Induction not finished' },
      })
      .then([
        {
          type: 'MemberProbationExtended',
          data: { previousEndsOn: '2025-10-01', newEndsOn: '2026-01-01', reason: 'Induction not finished' },
        },
      ]);
  });
  it('ends probation: the member departs', () => {
    const end: MemberCommand = {
      type: 'ReviewProbation',
      reviewedOn: '2025-10-01',
      outcome: { kind: 'end', reason: 'Did not complete induction' },
    };
    const events: MemberEvent[] = [
      { type: 'MemberProbationEnded', data: { endedOn: '2025-10-01', reason: 'Did not complete induction' } },
      {
        type: 'MemberDeparted',
        data: { departedOn: '2025-10-01', reason: 'probation-ended', notes: 'Did not complete induction' },
      },
    ];
    spec.given(probationer).when(end).then(events);
    expect(fold(memberDecider, memberDecider.initialState, [...probationer, ...events]).status).toBe('departed');
  });
  it('refuses a review of a member not on probation, or once confirmed', () => {
    const confirm: MemberCommand = {
      type: 'ReviewProbation',
      reviewedOn: '2025-10-01',
      outcome: { kind: 'confirm', notes: '', inductionCompletedOn: '2025-09-01' },
    };
    spec.given(active).when(confirm).thenThrows('MEMBER_NOT_ON_PROBATION');
    spec
      .given([...probationer, { type: 'MemberProbationConfirmed', data: { confirmedOn: '2025-10-01', notes: '' } }])
      .when(confirm)
      .thenThrows('MEMBER_NOT_ON_PROBATION');
  });
  it('refuses an extension that is not later, and an extension or end without a reason', () => {
    const extend = (newEndsOn: string, reason = 'x'): MemberCommand => ({
      type: 'ReviewProbation',
      reviewedOn: '2025-10-01',
      outcome: { kind: 'extend', newEndsOn, reason },
    });
    spec.given(probationer).when(extend('2025-10-01')).thenThrows('PROBATION_EXTENSION_NOT_LATER');
    spec.given(probationer).when(extend('2026-01-01', '')).thenThrows('REASON_REQUIRED');
    spec
      .given(probationer)
      .when({ type: 'ReviewProbation', reviewedOn: '2025-10-01', outcome: { kind: 'end', reason: ' ' } })
      .thenThrows('REASON_REQUIRED');
  });
});
