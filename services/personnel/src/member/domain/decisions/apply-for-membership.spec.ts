import { ProtectedIdentityRef } from '../../../identity/domain/sealed-payload';
import { MemberCommand } from '../member.commands';
import { memberDecider } from '../member.decider';
import { MemberEvent } from '../member.events';
import { spec, identity, applied } from './spec-support';

const apply: MemberCommand & { type: 'ApplyForMembership' } = {
  type: 'ApplyForMembership',
  memberId: 'member-1',
  callSign: ' Falcon-7 ',
  rolesSought: ['rescuer', 'driver', 'rescuer'],
  preferredCentreId: 'centre-aleppo-1',
  identity,
  appliedOn: '2025-03-01',
};

describe('ApplyForMembership', () => {
  it('records an application with the identity sealed, roles de-duplicated and the call-sign trimmed', () => {
    spec.given([]).when(apply).then([applied]);
  });
  it('never puts a clear identity in the event', () => {
    const [event] = memberDecider.decide(apply, memberDecider.initialState, { now: new Date() });
    expect(JSON.stringify(event)).not.toMatch(/national|phone|name/i);
    expect(Object.keys((event as MemberEvent & { type: 'MemberApplied' }).data.identity)).toEqual(['keyId', 'sealed']);
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
