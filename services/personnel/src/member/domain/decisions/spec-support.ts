// Fixtures shared by the member decision specs (decisions/*.spec.ts and ../member.decider.spec.ts): past events named
// as sentences, and the commands several specs send. Test code only.
import { deciderSpec } from '@muster/event-sourcing/testing';
import { ProtectedIdentityRef } from '../../../identity/domain/sealed-payload';
import {
  Actor,
  ChangeMemberRoles,
  MemberCommand,
  RecordDeparture,
  StartLeave,
  TransferMember,
} from '../member.commands';
import { memberDecider } from '../member.decider';
import { MemberEvent } from '../member.events';

export const spec = deciderSpec(memberDecider); // now = 2026-01-15T09:00:00Z

export const hr: Actor = { id: 'user-hr', roles: ['hr'] };
export const admin: Actor = { id: 'user-admin', roles: ['admin'] };

export const identity: ProtectedIdentityRef = {
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
export const applied: MemberEvent = {
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
export const cleared: MemberEvent = {
  type: 'MemberVetted',
  data: { outcome: 'cleared', vettedBy: 'user-vetter', vettedOn: '2025-03-10', notes: 'References confirmed' },
};
export const rejected: MemberEvent = {
  type: 'MemberVetted',
  data: { outcome: 'rejected', vettedBy: 'user-vetter', vettedOn: '2025-03-10', notes: 'Could not confirm identity' },
};
export const onboarded: MemberEvent = {
  type: 'MemberOnboarded',
  data: {
    centreId: 'centre-aleppo-1',
    roles: ['rescuer'],
    startsOn: '2025-04-01',
    origin: { kind: 'direct', probationEndsOn: null },
  },
};
export const onboardedOnProbation: MemberEvent = {
  type: 'MemberOnboarded',
  data: {
    centreId: 'centre-aleppo-1',
    roles: ['firefighter'],
    startsOn: '2025-04-01',
    origin: { kind: 'integrated-crew', intakeId: 'crew-intake-9', probationEndsOn: '2025-10-01' },
  },
};
export const suspended: MemberEvent = {
  type: 'MemberSuspended',
  data: { since: '2025-06-01', reason: 'Investigation of a complaint' },
};
export const onLeave: MemberEvent = {
  type: 'MemberWentOnLeave',
  data: { from: '2025-07-01', until: '2025-07-14', reason: 'Family' },
};
export const killed: MemberEvent = {
  type: 'MemberKilledInLineOfDuty',
  data: {
    diedOn: '2025-08-02',
    incidentRef: 'incident-2025-0802-idlib',
    centreId: 'centre-aleppo-1',
    roles: ['rescuer'],
    circumstances: 'Second strike on the rescue site',
  },
};
export const resigned: MemberEvent = {
  type: 'MemberDeparted',
  data: { departedOn: '2025-09-01', reason: 'resigned', notes: '' },
};
export const erased: MemberEvent = {
  type: 'MemberIdentityErased',
  data: { keyId: 'key-7f3a', erasedOn: '2025-12-01', reason: 'Member at risk' },
};

export const active = [applied, cleared, onboarded];
export const probationer = [applied, cleared, onboardedOnProbation];

// ---- commands -------------------------------------------------------------------------------------------------
export const vet = (
  outcome: 'cleared' | 'rejected',
  notes = 'References confirmed',
): MemberCommand & { type: 'VetApplicant' } => ({
  type: 'VetApplicant',
  outcome,
  vettedBy: 'user-vetter',
  vettedOn: '2025-03-10',
  notes,
});
export const onboard: MemberCommand & { type: 'OnboardMember' } = {
  type: 'OnboardMember',
  centreId: 'centre-aleppo-1',
  roles: ['rescuer'],
  startsOn: '2025-04-01',
  origin: { kind: 'direct', probationEndsOn: null },
  actor: hr,
};
export const transfer = (toCentreId = 'centre-idlib-3', effectiveOn = '2025-05-01'): TransferMember => ({
  type: 'TransferMember',
  toCentreId,
  effectiveOn,
  reason: 'Base moved to the former outpost',
});
export const changeRoles = (roles: ChangeMemberRoles['roles'], actor = hr): ChangeMemberRoles => ({
  type: 'ChangeMemberRoles',
  roles,
  effectiveOn: '2025-05-01',
  reason: 'Passed the driving course',
  actor,
});
export const suspend: MemberCommand & { type: 'SuspendMember' } = {
  type: 'SuspendMember',
  since: '2025-06-01',
  reason: 'Investigation of a complaint',
};
export const reinstate = (reinstatedOn = '2025-06-20'): MemberCommand => ({
  type: 'ReinstateMember',
  reinstatedOn,
  notes: 'Cleared',
});
export const startLeave = (from = '2025-07-01', until = '2025-07-14'): StartLeave => ({
  type: 'StartLeave',
  from,
  until,
  reason: 'Family',
});
export const returnFromLeave = (returnedOn = '2025-07-12'): MemberCommand => ({ type: 'ReturnFromLeave', returnedOn });
export const injury = (
  over: Partial<{ injuredOn: string; inLineOfDuty: boolean; incidentRef: string | null }> = {},
): MemberCommand => ({
  type: 'RecordInjury',
  injuredOn: '2025-07-20',
  inLineOfDuty: true,
  incidentRef: 'incident-2025-0720',
  description: 'Crush injury to the left hand during extraction',
  ...over,
});
export const death = (over: Partial<{ diedOn: string; incidentRef: string }> = {}): MemberCommand => ({
  type: 'RecordDeathInLineOfDuty',
  diedOn: '2025-08-02',
  incidentRef: 'incident-2025-0802-idlib',
  circumstances: 'Second strike on the rescue site',
  ...over,
});
export const depart = (reason: RecordDeparture['reason'] = 'resigned', actor = hr, notes = ''): RecordDeparture => ({
  type: 'RecordDeparture',
  departedOn: '2025-09-01',
  reason,
  notes,
  actor,
});
export const updateIdentity: MemberCommand = {
  type: 'UpdateIdentity',
  identity: {
    keyId: 'key-7f3a',
    sealed: { ...identity.sealed, ciphertext: Buffer.from('new phone').toString('base64') },
  },
  reason: 'New phone',
};
