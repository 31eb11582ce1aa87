import { DomainError, fold } from '@muster/event-sourcing';
import { deciderSpec } from '@muster/event-sourcing/testing';
import { ProtectedIdentityRef } from '../../identity/sealed-payload';
import {
  Actor,
  ChangeMemberRoles,
  MemberCommand,
  RecordDeparture,
  StartLeave,
  TransferMember,
} from './member.commands';
import { currentCentreOf, memberDecider } from './member.decider';
import { MemberEvent } from './member.events';

const spec = deciderSpec(memberDecider); // now = 2026-01-15T09:00:00Z

const hr: Actor = { id: 'user-hr', roles: ['hr'] };
const admin: Actor = { id: 'user-admin', roles: ['admin'] };

const identity: ProtectedIdentityRef = {
  keyId: 'key-7f3a',
  sealed: {
    v: 1,
    alg: 'AES-256-GCM',
    iv: Buffer.alloc(12, 1).toString('base64'),
    tag: Buffer.alloc(16, 2).toString('base64'),
    ciphertext: Buffer.from('opaque ciphertext bytes').toString('base64'),
  },
};

// ---- past events, named as sentences -------------------------------------------------------------------------
const applied: MemberEvent = {
  type: 'MemberApplied',
  data: {
    memberId: 'member-1',
    callSign: 'Falcon-7',
    rolesSought: ['rescuer', 'driver'],
    preferredCentreId: 'centre-aleppo-1',
    identity,
    appliedOn: '2025-03-01',
  },
};
const cleared: MemberEvent = {
  type: 'MemberVetted',
  data: { outcome: 'cleared', vettedBy: 'user-vetter', vettedOn: '2025-03-10', notes: 'References confirmed' },
};
const rejected: MemberEvent = {
  type: 'MemberVetted',
  data: { outcome: 'rejected', vettedBy: 'user-vetter', vettedOn: '2025-03-10', notes: 'Could not confirm identity' },
};
const onboarded: MemberEvent = {
  type: 'MemberOnboarded',
  data: {
    centreId: 'centre-aleppo-1',
    roles: ['rescuer'],
    startsOn: '2025-04-01',
    origin: { kind: 'direct', probationEndsOn: null },
  },
};
const onboardedOnProbation: MemberEvent = {
  type: 'MemberOnboarded',
  data: {
    centreId: 'centre-aleppo-1',
    roles: ['firefighter'],
    startsOn: '2025-04-01',
    origin: { kind: 'integrated-crew', intakeId: 'crew-intake-9', probationEndsOn: '2025-10-01' },
  },
};
const suspended: MemberEvent = {
  type: 'MemberSuspended',
  data: { since: '2025-06-01', reason: 'Investigation of a complaint' },
};
const onLeave: MemberEvent = {
  type: 'MemberWentOnLeave',
  data: { from: '2025-07-01', until: '2025-07-14', reason: 'Family' },
};
const killed: MemberEvent = {
  type: 'MemberKilledInLineOfDuty',
  data: {
    diedOn: '2025-08-02',
    incidentRef: 'incident-2025-0802-idlib',
    centreId: 'centre-aleppo-1',
    roles: ['rescuer'],
    circumstances: 'Second strike on the rescue site',
  },
};
const resigned: MemberEvent = {
  type: 'MemberDeparted',
  data: { departedOn: '2025-09-01', reason: 'resigned', notes: '' },
};
const erased: MemberEvent = {
  type: 'MemberIdentityErased',
  data: { keyId: 'key-7f3a', erasedOn: '2025-12-01', reason: 'Member at risk' },
};

const active = [applied, cleared, onboarded];
const probationer = [applied, cleared, onboardedOnProbation];

// ---- commands -------------------------------------------------------------------------------------------------
const apply: MemberCommand & { type: 'ApplyForMembership' } = {
  type: 'ApplyForMembership',
  memberId: 'member-1',
  callSign: ' Falcon-7 ',
  rolesSought: ['rescuer', 'driver', 'rescuer'],
  preferredCentreId: 'centre-aleppo-1',
  identity,
  appliedOn: '2025-03-01',
};
const vet = (
  outcome: 'cleared' | 'rejected',
  notes = 'References confirmed',
): MemberCommand & { type: 'VetApplicant' } => ({
  type: 'VetApplicant',
  outcome,
  vettedBy: 'user-vetter',
  vettedOn: '2025-03-10',
  notes,
});
const onboard: MemberCommand & { type: 'OnboardMember' } = {
  type: 'OnboardMember',
  centreId: 'centre-aleppo-1',
  roles: ['rescuer'],
  startsOn: '2025-04-01',
  origin: { kind: 'direct', probationEndsOn: null },
  actor: hr,
};
const transfer = (toCentreId = 'centre-idlib-3', effectiveOn = '2025-05-01'): TransferMember => ({
  type: 'TransferMember',
  toCentreId,
  effectiveOn,
  reason: 'Base moved to the former outpost',
});
const changeRoles = (roles: ChangeMemberRoles['roles'], actor = hr): ChangeMemberRoles => ({
  type: 'ChangeMemberRoles',
  roles,
  effectiveOn: '2025-05-01',
  reason: 'Passed the driving course',
  actor,
});
const suspend: MemberCommand & { type: 'SuspendMember' } = {
  type: 'SuspendMember',
  since: '2025-06-01',
  reason: 'Investigation of a complaint',
};
const reinstate = (reinstatedOn = '2025-06-20'): MemberCommand => ({
  type: 'ReinstateMember',
  reinstatedOn,
  notes: 'Cleared',
});
const startLeave = (from = '2025-07-01', until = '2025-07-14'): StartLeave => ({
  type: 'StartLeave',
  from,
  until,
  reason: 'Family',
});
const returnFromLeave = (returnedOn = '2025-07-12'): MemberCommand => ({ type: 'ReturnFromLeave', returnedOn });
const injury = (
  over: Partial<{ injuredOn: string; inLineOfDuty: boolean; incidentRef: string | null }> = {},
): MemberCommand => ({
  type: 'RecordInjury',
  injuredOn: '2025-07-20',
  inLineOfDuty: true,
  incidentRef: 'incident-2025-0720',
  description: 'Crush injury to the left hand during extraction',
  ...over,
});
const death = (over: Partial<{ diedOn: string; incidentRef: string }> = {}): MemberCommand => ({
  type: 'RecordDeathInLineOfDuty',
  diedOn: '2025-08-02',
  incidentRef: 'incident-2025-0802-idlib',
  circumstances: 'Second strike on the rescue site',
  ...over,
});
const depart = (reason: RecordDeparture['reason'] = 'resigned', actor = hr, notes = ''): RecordDeparture => ({
  type: 'RecordDeparture',
  departedOn: '2025-09-01',
  reason,
  notes,
  actor,
});
const eraseIdentity: MemberCommand & { type: 'EraseIdentity' } = {
  type: 'EraseIdentity',
  reason: 'Member at risk',
};
/** Erasure is dated the day it is decided. */
const onErasureDay = { now: new Date('2025-12-01T10:00:00Z') };
const updateIdentity: MemberCommand = {
  type: 'UpdateIdentity',
  identity: {
    keyId: 'key-7f3a',
    sealed: { ...identity.sealed, ciphertext: Buffer.from('new phone').toString('base64') },
  },
};

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
  describe('ApplyForMembership', () => {
    it('records an application with the identity sealed, roles de-duplicated and the call-sign trimmed', () => {
      spec.given([]).when(apply).then([applied]);
    });
    it('never puts a clear identity in the event', () => {
      const [event] = memberDecider.decide(apply, memberDecider.initialState, { now: new Date() });
      expect(JSON.stringify(event)).not.toMatch(/national|phone|name/i);
      expect(Object.keys((event as MemberEvent & { type: 'MemberApplied' }).data.identity)).toEqual([
        'keyId',
        'sealed',
      ]);
    });
    it('refuses a second application on the same stream', () => {
      spec.given([applied]).when(apply).thenThrows('MEMBER_ALREADY_EXISTS');
    });
    it('refuses an identity that is not sealed (a clear identity smuggled in)', () => {
      const clear = {
        keyId: 'key-1',
        sealed: { ownName: 'أحمد', nationalId: '0123' },
      } as unknown as ProtectedIdentityRef;
      spec
        .given([])
        .when({ ...apply, identity: clear })
        .thenThrows('IDENTITY_NOT_SEALED');
      const extraField = { ...identity, clear: { ownName: 'Ahmad' } } as unknown as ProtectedIdentityRef;
      spec
        .given([])
        .when({ ...apply, identity: extraField })
        .thenThrows('IDENTITY_NOT_SEALED');
      const shortIv = { ...identity, sealed: { ...identity.sealed, iv: Buffer.alloc(8).toString('base64') } };
      spec
        .given([])
        .when({ ...apply, identity: shortIv })
        .thenThrows('IDENTITY_NOT_SEALED');
    });
    it('refuses an empty call-sign, no roles, an unknown role and a malformed date', () => {
      spec
        .given([])
        .when({ ...apply, callSign: '  ' })
        .thenThrows('CALL_SIGN_REQUIRED');
      spec
        .given([])
        .when({ ...apply, rolesSought: [] })
        .thenThrows('ROLES_REQUIRED');
      spec
        .given([])
        .when({ ...apply, rolesSought: ['sniper' as never] })
        .thenThrows('UNKNOWN_ROLE');
      spec
        .given([])
        .when({ ...apply, appliedOn: '2025-02-30' })
        .thenThrows('INVALID_DATE');
    });
  });

  describe('VetApplicant', () => {
    it('clears an applicant', () => {
      spec.given([applied]).when(vet('cleared')).then([cleared]);
    });
    it('rejects an applicant, which ends the application', () => {
      spec.given([applied]).when(vet('rejected', 'Could not confirm identity')).then([rejected]);
      spec.given([applied, rejected]).when(onboard).thenThrows('APPLICATION_REJECTED');
      spec.given([applied, rejected]).when(vet('cleared')).thenThrows('APPLICATION_REJECTED');
    });
    it('requires notes for a rejection and a named vetter', () => {
      spec.given([applied]).when(vet('rejected', ' ')).thenThrows('VETTING_NOTES_REQUIRED');
      spec
        .given([applied])
        .when({ ...vet('cleared'), vettedBy: '' })
        .thenThrows('VETTER_REQUIRED');
    });
    it('refuses an unknown applicant, a second vetting and vetting a member', () => {
      spec.given([]).when(vet('cleared')).thenThrows('MEMBER_NOT_FOUND');
      spec.given([applied, cleared]).when(vet('rejected', 'changed mind')).thenThrows('APPLICANT_ALREADY_VETTED');
      spec.given(active).when(vet('cleared')).thenThrows('MEMBER_ALREADY_ONBOARDED');
    });
  });

  describe('OnboardMember', () => {
    it('onboards a cleared applicant directly', () => {
      spec.given([applied, cleared]).when(onboard).then([onboarded]);
    });
    it('onboards an integrated-crew member on probation', () => {
      spec
        .given([applied, cleared])
        .when({
          ...onboard,
          roles: ['firefighter'],
          origin: { kind: 'integrated-crew', intakeId: 'crew-intake-9', probationEndsOn: '2025-10-01' },
        })
        .then([onboardedOnProbation]);
    });
    it('lets only an admin onboard someone straight into centre command', () => {
      const asCommander = { ...onboard, roles: ['centre-commander' as const] };
      spec.given([applied, cleared]).when(asCommander).thenThrows('COMMANDER_APPOINTMENT_FORBIDDEN');
      spec
        .given([applied, cleared])
        .when({ ...asCommander, actor: admin })
        .then([{ type: 'MemberOnboarded', data: { ...onboarded.data, roles: ['centre-commander'] } } as MemberEvent]);
    });
    it('refuses an applicant not yet vetted, an unknown one and one already onboarded', () => {
      spec.given([applied]).when(onboard).thenThrows('APPLICANT_NOT_CLEARED');
      spec.given([]).when(onboard).thenThrows('MEMBER_NOT_FOUND');
      spec.given(active).when(onboard).thenThrows('MEMBER_ALREADY_ONBOARDED');
    });
    it('refuses a missing centre, no roles, a start before the application and probation ending before the start', () => {
      spec
        .given([applied, cleared])
        .when({ ...onboard, centreId: '' })
        .thenThrows('CENTRE_REQUIRED');
      spec
        .given([applied, cleared])
        .when({ ...onboard, roles: [] })
        .thenThrows('ROLES_REQUIRED');
      spec
        .given([applied, cleared])
        .when({ ...onboard, startsOn: '2025-02-01' })
        .thenThrows('START_BEFORE_APPLICATION');
      spec
        .given([applied, cleared])
        .when({ ...onboard, origin: { kind: 'direct', probationEndsOn: '2025-04-01' } })
        .thenThrows('PROBATION_ENDS_BEFORE_START');
      spec
        .given([applied, cleared])
        .when({ ...onboard, origin: { kind: 'integrated-crew', intakeId: 'i', probationEndsOn: '01/10/2025' } })
        .thenThrows('INVALID_DATE');
    });
  });

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
        { centreId: 'centre-idlib-3', from: '2025-05-01', until: null, reason: 'Base moved to the former outpost' },
      ]);
    });
    it('may transfer a member who is on leave', () => {
      spec
        .given([...active, onLeave])
        .when(transfer('centre-idlib-3', '2025-07-05'))
        .then([{ type: 'MemberTransferred', data: { ...transferred.data, effectiveOn: '2025-07-05' } } as MemberEvent]);
    });
    it('refuses the same centre, a date before the current assignment and a missing reason', () => {
      spec.given(active).when(transfer('centre-aleppo-1')).thenThrows('TRANSFER_TO_SAME_CENTRE');
      spec
        .given(active)
        .when(transfer('centre-idlib-3', '2025-03-31'))
        .thenThrows('TRANSFER_BEFORE_CURRENT_ASSIGNMENT');
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

  describe('ChangeMemberRoles', () => {
    it('changes roles and records the previous ones', () => {
      spec
        .given(active)
        .when(changeRoles(['rescuer', 'driver']))
        .then([
          {
            type: 'MemberRolesChanged',
            data: {
              previousRoles: ['rescuer'],
              roles: ['rescuer', 'driver'],
              effectiveOn: '2025-05-01',
              reason: 'Passed the driving course',
            },
          },
        ]);
    });
    it('lets only an admin appoint a centre commander', () => {
      spec
        .given(active)
        .when(changeRoles(['team-leader', 'centre-commander']))
        .thenThrows('COMMANDER_APPOINTMENT_FORBIDDEN');
      spec
        .given(active)
        .when(changeRoles(['team-leader', 'centre-commander'], admin))
        .then([
          {
            type: 'MemberRolesChanged',
            data: {
              previousRoles: ['rescuer'],
              roles: ['team-leader', 'centre-commander'],
              effectiveOn: '2025-05-01',
              reason: 'Passed the driving course',
            },
          },
        ]);
    });
    it('refuses unchanged roles (in any order), no roles and an unknown role', () => {
      const twoRoles: MemberEvent = {
        type: 'MemberRolesChanged',
        data: { previousRoles: ['rescuer'], roles: ['rescuer', 'driver'], effectiveOn: '2025-05-01', reason: 'x' },
      };
      spec
        .given([...active, twoRoles])
        .when(changeRoles(['driver', 'rescuer']))
        .thenThrows('ROLES_UNCHANGED');
      spec.given(active).when(changeRoles([])).thenThrows('ROLES_REQUIRED');
      spec
        .given(active)
        .when(changeRoles(['warlord' as never]))
        .thenThrows('UNKNOWN_ROLE');
      spec
        .given(active)
        .when({ ...changeRoles(['driver']), reason: '' })
        .thenThrows('REASON_REQUIRED');
    });
    it('refuses a suspended member', () => {
      spec
        .given([...active, suspended])
        .when(changeRoles(['driver']))
        .thenThrows('MEMBER_SUSPENDED');
    });
  });

  describe('SuspendMember and ReinstateMember', () => {
    it('suspends an active member and reinstates them', () => {
      spec.given(active).when(suspend).then([suspended]);
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
    it('refuses suspending twice, suspending someone on leave and suspending without a reason', () => {
      spec
        .given([...active, suspended])
        .when(suspend)
        .thenThrows('MEMBER_ALREADY_SUSPENDED');
      spec
        .given([...active, onLeave])
        .when(suspend)
        .thenThrows('MEMBER_ON_LEAVE');
      spec
        .given(active)
        .when({ ...suspend, reason: ' ' })
        .thenThrows('REASON_REQUIRED');
    });
    it('refuses reinstating someone not suspended, or before the suspension began', () => {
      spec.given(active).when(reinstate()).thenThrows('MEMBER_NOT_SUSPENDED');
      spec
        .given([...active, suspended])
        .when(reinstate('2025-05-31'))
        .thenThrows('REINSTATEMENT_BEFORE_SUSPENSION');
    });
  });

  describe('StartLeave and ReturnFromLeave', () => {
    it('puts an active member on leave and brings them back', () => {
      spec.given(active).when(startLeave()).then([onLeave]);
      spec
        .given([...active, onLeave])
        .when(returnFromLeave())
        .then([{ type: 'MemberReturnedFromLeave', data: { returnedOn: '2025-07-12' } }]);
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
    it('refuses a return when not on leave, or before the leave started', () => {
      spec.given(active).when(returnFromLeave()).thenThrows('MEMBER_NOT_ON_LEAVE');
      spec
        .given([...active, onLeave])
        .when(returnFromLeave('2025-06-30'))
        .thenThrows('RETURN_BEFORE_LEAVE_STARTED');
    });
  });

  describe('RecordInjury', () => {
    it('records an injury in the line of duty with its incident', () => {
      spec
        .given(active)
        .when(injury())
        .then([
          {
            type: 'MemberInjured',
            data: {
              injuredOn: '2025-07-20',
              inLineOfDuty: true,
              incidentRef: 'incident-2025-0720',
              description: 'Crush injury to the left hand during extraction',
            },
          },
        ]);
    });
    it('records an injury off duty without an incident, also while on leave or suspended', () => {
      const offDuty = injury({ inLineOfDuty: false, incidentRef: ' ' });
      const expected: MemberEvent[] = [
        {
          type: 'MemberInjured',
          data: {
            injuredOn: '2025-07-20',
            inLineOfDuty: false,
            incidentRef: null,
            description: 'Crush injury to the left hand during extraction',
          },
        },
      ];
      spec
        .given([...active, onLeave])
        .when(offDuty)
        .then(expected);
      spec
        .given([...active, suspended])
        .when(offDuty)
        .then(expected);
    });
    it('refuses a line-of-duty injury with no incident and an injury dated in the future', () => {
      spec
        .given(active)
        .when(injury({ incidentRef: null }))
        .thenThrows('INCIDENT_REFERENCE_REQUIRED');
      spec
        .given(active)
        .when(injury({ injuredOn: '2026-01-16' }))
        .thenThrows('DATE_IN_FUTURE');
    });
    it('keeps every injury in state', () => {
      const s = fold(memberDecider, memberDecider.initialState, [
        ...active,
        ...memberDecider.decide(injury(), fold(memberDecider, memberDecider.initialState, active), {
          now: new Date('2026-01-15'),
        }),
      ]);
      expect(s.injuries).toEqual([{ injuredOn: '2025-07-20', inLineOfDuty: true, incidentRef: 'incident-2025-0720' }]);
      expect(s.status).toBe('active');
    });
  });

  describe('RecordDeathInLineOfDuty', () => {
    it('records the death with its incident, the centre and roles held: a final status', () => {
      spec.given(active).when(death()).then([killed]);
      const s = fold(memberDecider, memberDecider.initialState, [...active, killed]);
      expect(s.status).toBe('killed');
      expect(currentCentreOf(s)).toBeNull();
      expect(s.assignments[0]?.until).toBe('2025-08-02');
    });
    it('refuses a death without an incident, dated in the future, or before service began', () => {
      spec
        .given(active)
        .when(death({ incidentRef: '' }))
        .thenThrows('INCIDENT_REFERENCE_REQUIRED');
      spec
        .given(active)
        .when(death({ diedOn: '2026-02-01' }))
        .thenThrows('DATE_IN_FUTURE');
      spec
        .given(active)
        .when(death({ diedOn: '2025-03-01' }))
        .thenThrows('DATE_BEFORE_SERVICE_START');
    });
    it('ends probation with the death, as a departure does', () => {
      expect(fold(memberDecider, memberDecider.initialState, [...probationer, killed]).probationEndsOn).toBeNull();
      expect(fold(memberDecider, memberDecider.initialState, [...probationer, resigned]).probationEndsOn).toBeNull();
    });
    it('refuses recording the death of an applicant', () => {
      spec.given([applied]).when(death()).thenThrows('MEMBER_NOT_ONBOARDED');
    });
  });

  describe('RecordDeparture', () => {
    it('records a resignation and a retirement', () => {
      spec.given(active).when(depart('resigned')).then([resigned]);
      spec
        .given([...active, onLeave])
        .when(depart('retired'))
        .then([{ type: 'MemberDeparted', data: { departedOn: '2025-09-01', reason: 'retired', notes: '' } }]);
    });
    it('lets only an admin dismiss, and only with a reason', () => {
      spec
        .given(active)
        .when(depart('dismissed', hr, 'Misconduct'))
        .thenThrows('DISMISSAL_FORBIDDEN');
      spec
        .given(active)
        .when(depart('dismissed', admin, ''))
        .thenThrows('REASON_REQUIRED');
      spec
        .given([...active, suspended])
        .when(depart('dismissed', admin, 'Misconduct'))
        .then([
          { type: 'MemberDeparted', data: { departedOn: '2025-09-01', reason: 'dismissed', notes: 'Misconduct' } },
        ]);
    });
    it('refuses a departure dated in the future or before the current assignment began', () => {
      spec
        .given(active)
        .when({ ...depart(), departedOn: '2026-02-01' })
        .thenThrows('DATE_IN_FUTURE');
      spec
        .given([
          ...active,
          {
            type: 'MemberTransferred',
            data: {
              fromCentreId: 'centre-aleppo-1',
              toCentreId: 'centre-idlib-3',
              effectiveOn: '2025-05-01',
              reason: 'r',
            },
          },
        ])
        .when({ ...depart(), departedOn: '2025-04-15' })
        .thenThrows('DATE_BEFORE_LAST_ASSIGNMENT');
    });
    it('refuses a departure before service began', () => {
      spec
        .given(active)
        .when({ ...depart(), departedOn: '2025-03-31' })
        .thenThrows('DATE_BEFORE_SERVICE_START');
    });
  });

  describe('ReviewProbation', () => {
    it('confirms a member at the end of probation', () => {
      spec
        .given(probationer)
        .when({
          type: 'ReviewProbation',
          reviewedOn: '2025-10-01',
          outcome: { kind: 'confirm', notes: 'Induction done' },
        })
        .then([{ type: 'MemberProbationConfirmed', data: { confirmedOn: '2025-10-01', notes: 'Induction done' } }]);
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
        outcome: { kind: 'confirm', notes: '' },
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

  describe('UpdateIdentity and EraseIdentity', () => {
    it('records a re-sealed identity under the same key', () => {
      spec
        .given(active)
        .when(updateIdentity)
        .then([
          {
            type: 'MemberIdentityUpdated',
            data: { identity: (updateIdentity as { identity: ProtectedIdentityRef }).identity },
          },
        ]);
    });
    it('refuses a re-sealed identity under another key, or not sealed', () => {
      spec
        .given(active)
        .when({ type: 'UpdateIdentity', identity: { ...identity, keyId: 'key-other' } })
        .thenThrows('IDENTITY_KEY_MISMATCH');
      spec
        .given(active)
        .when({ type: 'UpdateIdentity', identity: { keyId: 'key-7f3a' } as unknown as ProtectedIdentityRef })
        .thenThrows('IDENTITY_NOT_SEALED');
    });
    it('erases the identity: a crypto-shredding marker; operational history stays', () => {
      spec.given(active).when(eraseIdentity, onErasureDay).then([erased]);
      const s = fold(memberDecider, memberDecider.initialState, [...active, erased]);
      expect(s.identity).toEqual({ keyId: 'key-7f3a', erased: true });
      expect(s.status).toBe('active');
      expect(s.callSign).toBe('Falcon-7');
      spec
        .given([...active, erased])
        .when(transfer())
        .then(
          memberDecider.decide(transfer(), fold(memberDecider, memberDecider.initialState, active), {
            now: new Date(),
          }),
        );
    });
    it('erases after death, departure or rejection too', () => {
      spec
        .given([...active, killed])
        .when(eraseIdentity, onErasureDay)
        .then([erased]);
      spec
        .given([...active, resigned])
        .when(eraseIdentity, onErasureDay)
        .then([erased]);
      spec.given([applied, rejected]).when(eraseIdentity, onErasureDay).then([erased]);
    });
    it('refuses erasing twice, erasing an unknown member, erasing without a reason, and updating after erasure', () => {
      spec
        .given([...active, erased])
        .when(eraseIdentity)
        .thenThrows('IDENTITY_ALREADY_ERASED');
      spec.given([]).when(eraseIdentity).thenThrows('MEMBER_NOT_FOUND');
      spec
        .given(active)
        .when({ ...eraseIdentity, reason: '' })
        .thenThrows('REASON_REQUIRED');
      spec
        .given([...active, erased])
        .when(updateIdentity)
        .thenThrows('IDENTITY_ERASED');
    });
  });

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
      { type: 'ReviewProbation', reviewedOn: '2025-10-01', outcome: { kind: 'confirm', notes: '' } },
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

  describe('CorrectRecord', () => {
    const correct = (
      correction: Parameters<typeof asCorrection>[0],
      actor = admin,
    ): MemberCommand & { type: 'CorrectRecord' } => asCorrection(correction, actor);
    function asCorrection(
      correction: (MemberCommand & { type: 'CorrectRecord' })['correction'],
      actor: Actor,
    ): MemberCommand & { type: 'CorrectRecord' } {
      return { type: 'CorrectRecord', correction, reason: 'Record entered wrongly from the field report', actor };
    }
    const corrected = (correction: (MemberCommand & { type: 'CorrectRecord' })['correction']): MemberEvent => ({
      type: 'MemberRecordCorrected',
      data: { correction, reason: 'Record entered wrongly from the field report', correctedBy: 'user-admin' },
    });

    it('corrects the date and incident of a recorded death', () => {
      const c = { kind: 'death-record', diedOn: '2025-08-01', incidentRef: 'incident-2025-0801-idlib' } as const;
      spec
        .given([...active, killed])
        .when(correct(c))
        .then([corrected(c)]);
      expect(fold(memberDecider, memberDecider.initialState, [...active, killed, corrected(c)]).death).toEqual({
        diedOn: '2025-08-01',
        incidentRef: 'incident-2025-0801-idlib',
      });
    });
    it('corrects a departure record', () => {
      const c = { kind: 'departure-record', departedOn: '2025-08-25', reason: 'retired' } as const;
      spec
        .given([...active, resigned])
        .when(correct(c))
        .then([corrected(c)]);
    });
    it('corrects a call-sign, whatever the status', () => {
      const c = { kind: 'call-sign', callSign: 'Falcon-8' } as const;
      spec
        .given([...active, killed])
        .when(correct(c))
        .then([corrected(c)]);
      spec
        .given(active)
        .when(correct({ kind: 'call-sign', callSign: ' Falcon-8 ' }))
        .then([corrected(c)]);
      expect(fold(memberDecider, memberDecider.initialState, [...active, corrected(c)]).callSign).toBe('Falcon-8');
    });
    it('revokes a death recorded in error: the member is active again at their centre', () => {
      const c = { kind: 'final-status-revoked' } as const;
      spec
        .given([...active, killed])
        .when(correct(c))
        .then([corrected(c)]);
      const s = fold(memberDecider, memberDecider.initialState, [...active, killed, corrected(c)]);
      expect(s.status).toBe('active');
      expect(s.death).toBeNull();
      expect(currentCentreOf(s)).toBe('centre-aleppo-1');
      spec
        .given([...active, killed, corrected(c)])
        .when(suspend)
        .then([suspended]);
    });
    it('moves the closing date of the last assignment with a corrected death or departure date', () => {
      const death = { kind: 'death-record', diedOn: '2025-08-01', incidentRef: 'incident-2025-0801-idlib' } as const;
      const afterDeath = fold(memberDecider, memberDecider.initialState, [...active, killed, corrected(death)]);
      expect(afterDeath.assignments[afterDeath.assignments.length - 1]?.until).toBe('2025-08-01');
      const departure = { kind: 'departure-record', departedOn: '2025-08-25', reason: 'retired' } as const;
      const afterDeparture = fold(memberDecider, memberDecider.initialState, [
        ...active,
        resigned,
        corrected(departure),
      ]);
      expect(afterDeparture.assignments[afterDeparture.assignments.length - 1]?.until).toBe('2025-08-25');
    });
    it('refuses a corrected date before service began or before the last assignment began', () => {
      spec
        .given([...active, killed])
        .when(correct({ kind: 'death-record', diedOn: '2025-03-31', incidentRef: 'i' }))
        .thenThrows('DATE_BEFORE_SERVICE_START');
      spec
        .given([...active, resigned])
        .when(correct({ kind: 'departure-record', departedOn: '2025-03-31', reason: 'retired' }))
        .thenThrows('DATE_BEFORE_SERVICE_START');
      const transferred: MemberEvent = {
        type: 'MemberTransferred',
        data: { fromCentreId: 'centre-aleppo-1', toCentreId: 'centre-idlib-3', effectiveOn: '2025-05-01', reason: 'r' },
      };
      spec
        .given([...active, transferred, resigned])
        .when(correct({ kind: 'departure-record', departedOn: '2025-04-15', reason: 'retired' }))
        .thenThrows('DATE_BEFORE_LAST_ASSIGNMENT');
      spec
        .given([...active, resigned])
        .when(correct({ kind: 'departure-record', departedOn: '2026-02-01', reason: 'retired' }))
        .thenThrows('DATE_IN_FUTURE');
    });
    it('refuses anyone but an admin (403)', () => {
      spec
        .given([...active, killed])
        .when(correct({ kind: 'call-sign', callSign: 'x' }, hr))
        .thenThrows('ADMIN_ROLE_REQUIRED');
    });
    it('refuses correcting what was never recorded, and corrections without reason or with bad values', () => {
      spec
        .given(active)
        .when(correct({ kind: 'death-record', diedOn: '2025-08-01', incidentRef: 'i' }))
        .thenThrows('NOTHING_TO_CORRECT');
      spec
        .given(active)
        .when(correct({ kind: 'departure-record', departedOn: '2025-08-01', reason: 'retired' }))
        .thenThrows('NOTHING_TO_CORRECT');
      spec
        .given(active)
        .when(correct({ kind: 'final-status-revoked' }))
        .thenThrows('NOTHING_TO_CORRECT');
      spec
        .given([])
        .when(correct({ kind: 'call-sign', callSign: 'x' }))
        .thenThrows('MEMBER_NOT_FOUND');
      spec
        .given(active)
        .when({ ...correct({ kind: 'call-sign', callSign: 'x' }), reason: '' })
        .thenThrows('REASON_REQUIRED');
      spec
        .given(active)
        .when(correct({ kind: 'call-sign', callSign: ' ' }))
        .thenThrows('CALL_SIGN_REQUIRED');
      spec
        .given([...active, killed])
        .when(correct({ kind: 'death-record', diedOn: '2026-03-01', incidentRef: 'i' }))
        .thenThrows('DATE_IN_FUTURE');
      spec
        .given([...active, killed])
        .when(correct({ kind: 'death-record', diedOn: '2025-08-01', incidentRef: '' }))
        .thenThrows('INCIDENT_REFERENCE_REQUIRED');
      spec
        .given([...active, resigned])
        .when(correct({ kind: 'departure-record', departedOn: 'yesterday', reason: 'retired' }))
        .thenThrows('INVALID_DATE');
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
