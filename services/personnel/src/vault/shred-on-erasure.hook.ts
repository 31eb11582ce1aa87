import type { AppendHook } from '@muster/event-store';
import { MemberIdentityErased } from '../member/domain/member.events';
import { shredDataKey } from './key-store';

/**
 * Crypto-shredding in the append transaction: when a member's identity erasure is recorded, their wrapped data key is
 * deleted with it, so the erasure and its effect commit together or not at all.
 */
export const shredOnErasure: AppendHook = {
  name: 'identity-shredding',
  async onAppended(events, tx) {
    for (const event of events) {
      if (event.type === 'MemberIdentityErased')
        await shredDataKey(tx, (event.data as MemberIdentityErased['data']).keyId);
    }
  },
};
