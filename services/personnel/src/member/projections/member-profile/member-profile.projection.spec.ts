import { RecordedOf } from '@muster/event-sourcing';
import { recordedStream } from '@muster/event-sourcing/testing';
import { ProtectedIdentityRef } from '../../../identity';
import { memberCatalogue } from '../../domain/member.catalogue';
import { MemberEvent } from '../../domain/member.events';
import { MemberProfileRow, evolveProfile } from './member-profile.projection';

const memberId = '6f1c1b2e-0000-4000-8000-000000000001';
const identity: ProtectedIdentityRef = {
  keyId: 'key-1',
  sealed: { v: 1, alg: 'AES-256-GCM', iv: 'aaaa', tag: 'bbbb', ciphertext: 'cccc' },
};

const recorded = (events: readonly MemberEvent[]): RecordedOf<MemberEvent>[] =>
  recordedStream(memberCatalogue, memberId, events, {
    actorId: 'hr-1',
    actorRoles: ['hr'],
    at: '2025-01-01T00:00:00.000Z',
  });

const empty: MemberProfileRow = {
  memberId,
  version: 0,
  callSign: '',
  status: 'prospective',
  centreId: null,
  preferredCentreId: null,
  roles: [],
  appliedOn: null,
  startedOn: null,
  probationEndsOn: null,
  suspendedSince: null,
  leave: null,
  origin: null,
  assignments: [],
  injuries: [],
  death: null,
  departure: null,
  identityErased: false,
  identityRef: null,
};

const profileAfter = (events: readonly MemberEvent[]): MemberProfileRow =>
  recorded(events).reduce(evolveProfile, empty);

const applied: MemberEvent = {
  type: 'MemberApplied',
  data: {
    memberId,
    callSign: 'Falcon',
    rolesSought: ['rescuer'],
    preferredCentreId: 'centre-a',
    identity,
    appliedOn: '2025-01-01',
  },
};
const cleared: MemberEvent = {
  type: 'MemberVetted',
  data: { outcome: 'cleared', vettedBy: 'hr-1', vettedOn: '2025-01-05', notes: '' },
};
const onboarded: MemberEvent = {
  type: 'MemberOnboarded',
  data: {
    centreId: 'centre-a',
    roles: ['rescuer', 'driver'],
    startsOn: '2025-01-10',
    origin: { kind: 'direct', probationEndsOn: '2025-07-10' },
  },
};
const transferred: MemberEvent = {
  type: 'MemberTransferred',
  data: { fromCentreId: 'centre-a', toCentreId: 'centre-b', effectiveOn: '2025-02-01', reason: 'cover' },
};
const killed: MemberEvent = {
  type: 'MemberKilledInLineOfDuty',
  data: { diedOn: '2025-03-05', incidentRef: 'INC-2', centreId: 'centre-b', roles: ['rescuer'], circumstances: '' },
};

describe('member profile read model', () => {
  it('keeps an applicant’s chosen centre and sealed identity, and the stream version', () => {
    expect(profileAfter([applied])).toEqual({
      ...empty,
      version: 1,
      callSign: 'Falcon',
      status: 'applied',
      preferredCentreId: 'centre-a',
      appliedOn: '2025-01-01',
      identityRef: identity,
    });
  });

  it('follows assignments: the open one is the member’s centre', () => {
    const profile = profileAfter([applied, cleared, onboarded, transferred]);
    expect(profile).toMatchObject({
      version: 4,
      status: 'active',
      centreId: 'centre-b',
      probationEndsOn: '2025-07-10',
    });
    expect(profile.assignments).toEqual([
      { centreId: 'centre-a', from: '2025-01-10', until: '2025-02-01', reason: 'onboarded' },
      { centreId: 'centre-b', from: '2025-02-01', until: null, reason: 'transferred' },
    ]);
  });

  it('closes the record at a death, and reopens it when the death is revoked', () => {
    const dead = profileAfter([applied, cleared, onboarded, transferred, killed]);
    expect(dead).toMatchObject({ status: 'killed', centreId: null, probationEndsOn: null });
    expect(dead.death).toEqual({ diedOn: '2025-03-05', incidentRef: 'INC-2' });
    const revoked = profileAfter([
      applied,
      cleared,
      onboarded,
      transferred,
      killed,
      {
        type: 'MemberRecordCorrected',
        data: { correction: { kind: 'final-status-revoked' }, reason: 'found alive', correctedBy: 'admin-1' },
      },
    ]);
    expect(revoked).toMatchObject({ status: 'active', centreId: 'centre-b', death: null });
  });

  it('forgets the sealed identity once erased', () => {
    const erased = profileAfter([
      applied,
      { type: 'MemberIdentityErased', data: { keyId: 'key-1', erasedOn: '2025-02-01', reason: 'asked' } },
    ]);
    expect(erased).toMatchObject({ identityErased: true, identityRef: null });
  });
});
