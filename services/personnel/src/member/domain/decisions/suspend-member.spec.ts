import { spec, suspended, onLeave, active, suspend } from './spec-support';

describe('SuspendMember', () => {
  it('suspends an active member', () => {
    spec.given(active).when(suspend).then([suspended]);
  });
  it('records a reason sealed at the edge as it comes, without reading it', () => {
    const reason = {
      keyId: 'key-1',
      sealed: { v: 1, alg: 'AES-256-GCM', iv: 'aXY=', tag: 'dGFn', ciphertext: 'eA==' },
    } as const;
    spec
      .given(active)
      .when({ ...suspend, reason })
      .then([{ type: 'MemberSuspended', data: { since: suspend.since, reason } }]);
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
});
