import { fold } from '@muster/event-sourcing';
import { MemberCommand } from '../member.commands';
import { memberDecider } from '../member.decider';
import { spec, applied, rejected, killed, resigned, erased, active, transfer } from './spec-support';

const eraseIdentity: MemberCommand & { type: 'EraseIdentity' } = {
  type: 'EraseIdentity',
  reason: 'Member at risk',
};
/** Erasure is dated the day it is decided. */
const onErasureDay = { now: new Date('2025-12-01T10:00:00Z') };

describe('EraseIdentity', () => {
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
  it('refuses erasing twice, erasing an unknown member and erasing without a reason', () => {
    spec
      .given([...active, erased])
      .when(eraseIdentity)
      .thenThrows('IDENTITY_ALREADY_ERASED');
    spec.given([]).when(eraseIdentity).thenThrows('MEMBER_NOT_FOUND');
    spec
      .given(active)
      .when({ ...eraseIdentity, reason: '' })
      .thenThrows('REASON_REQUIRED');
  });
});
