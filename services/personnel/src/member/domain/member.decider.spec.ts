import { DomainError, fold } from '@muster/event-sourcing';
import { MemberCommand } from './member.commands';
import { memberDecider } from './member.decider';
import { MemberEvent } from './member.events';
import {
  spec,
  hr,
  applied,
  cleared,
  rejected,
  killed,
  resigned,
  active,
  vet,
  onboard,
  transfer,
  changeRoles,
  suspend,
  reinstate,
  startLeave,
  returnFromLeave,
  injury,
  death,
  depart,
  updateIdentity,
} from './decisions/spec-support';

// The rules of each command are specified next to it, in decisions/*.spec.ts; here, what holds across them.

/** Every closed record refuses every ordinary command with a 409 conflict. */
function expectConflict(given: MemberEvent[], command: MemberCommand, code: string): void {
  const state = fold(memberDecider, memberDecider.initialState, given);
  try {
    memberDecider.decide(command, state, { now: new Date('2026-01-15T09:00:00Z') });
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect(e).toMatchObject({ code, kind: 'conflict' });
    return;
  }
  throw new Error(`expected ${code}`);
}

describe('member decider', () => {
  describe('a closed record (death, departure) refuses everything but an admin correction', () => {
    const ordinary: MemberCommand[] = [
      vet('cleared'),
      onboard,
      transfer(),
      changeRoles(['driver']),
      suspend,
      reinstate(),
      startLeave(),
      returnFromLeave(),
      injury(),
      death(),
      depart(),
      {
        type: 'ReviewProbation',
        reviewedOn: '2025-10-01',
        outcome: { kind: 'confirm', notes: '', inductionCompletedOn: '2025-09-01' },
      },
      updateIdentity,
    ];
    it.each(ordinary.map((c) => [c.type, c] as const))('%s after death → MEMBER_DECEASED (409)', (_t, command) => {
      expectConflict([...active, killed], command, 'MEMBER_DECEASED');
    });
    it.each(ordinary.map((c) => [c.type, c] as const))('%s after departure → MEMBER_DEPARTED (409)', (_t, command) => {
      expectConflict([...active, resigned], command, 'MEMBER_DEPARTED');
    });
    it.each(ordinary.filter((c) => c.type !== 'VetApplicant').map((c) => [c.type, c] as const))(
      '%s after rejection → APPLICATION_REJECTED (409)',
      (_t, command) => {
        expectConflict([applied, rejected], command, 'APPLICATION_REJECTED');
      },
    );
    it.each(
      ordinary
        .filter((c) => !['VetApplicant', 'OnboardMember', 'UpdateIdentity'].includes(c.type))
        .map((c) => [c.type, c] as const),
    )('%s for an applicant → MEMBER_NOT_ONBOARDED, for nobody → MEMBER_NOT_FOUND', (_t, command) => {
      expectConflict([applied, cleared], command, 'MEMBER_NOT_ONBOARDED');
      spec.given([]).when(command).thenThrows('MEMBER_NOT_FOUND');
    });
  });

  it('errors carry a kind the HTTP layer maps to a status', () => {
    const kindOf = (given: MemberEvent[], command: MemberCommand): string => {
      try {
        memberDecider.decide(command, fold(memberDecider, memberDecider.initialState, given), {
          now: new Date('2026-01-15'),
        });
      } catch (e) {
        return (e as DomainError).kind;
      }
      return 'none';
    };
    expect(kindOf([], vet('cleared'))).toBe('not-found');
    expect(kindOf(active, transfer('centre-aleppo-1'))).toBe('rule');
    expect(kindOf([...active, killed], suspend)).toBe('conflict');
    expect(kindOf(active, depart('dismissed', hr, 'x'))).toBe('forbidden');
  });
});
