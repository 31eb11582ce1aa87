import { ProtectedIdentityRef } from '../../../identity/domain/sealed-payload';
import { spec, identity, erased, active, updateIdentity } from './spec-support';

describe('UpdateIdentity', () => {
  it('records a re-sealed identity under the same key', () => {
    spec
      .given(active)
      .when(updateIdentity)
      .then([
        {
          type: 'MemberIdentityUpdated',
          data: { identity: (updateIdentity as { identity: ProtectedIdentityRef }).identity, reason: 'New phone' },
        },
      ]);
  });
  it('refuses a re-sealed identity under another key, or not sealed', () => {
    spec
      .given(active)
      .when({ type: 'UpdateIdentity', identity: { ...identity, keyId: 'key-other' }, reason: 'New phone' })
      .thenThrows('IDENTITY_KEY_MISMATCH');
    spec
      .given(active)
      .when({
        type: 'UpdateIdentity',
        identity: { keyId: 'key-7f3a' } as unknown as ProtectedIdentityRef,
        reason: 'New phone',
      })
      .thenThrows('IDENTITY_NOT_SEALED');
  });
  it('refuses updating an erased identity', () => {
    spec
      .given([...active, erased])
      .when(updateIdentity)
      .thenThrows('IDENTITY_ERASED');
  });
});
