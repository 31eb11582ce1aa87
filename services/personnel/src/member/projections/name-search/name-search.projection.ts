import type { AppendHook, SqlTransaction } from '@muster/event-store';
import { ProtectedIdentityRef } from '../../../identity';
import { Keyring } from '../../../vault/keyring';
import { openIdentity } from '../../../vault/key-store';
import { memberEventsByMember } from '../member-profile/member-profile.projection';
import { indexKeysOfName } from './name-search-keys';
import { MemberEvent } from '../../domain/member.events';

async function reindex(
  tx: SqlTransaction,
  keyring: Keyring,
  memberId: string,
  ref: ProtectedIdentityRef,
): Promise<void> {
  await tx.query(`DELETE FROM name_search_index WHERE member_id = $1`, [memberId]);
  const identity = await openIdentity(tx, keyring, ref);
  if (!identity) return;
  const hashes = indexKeysOfName(identity.name).map((k) => keyring.nameKeyHash(k));
  await tx.query(
    `INSERT INTO name_search_index (member_id, key_hash) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
    [memberId, hashes],
  );
}

/**
 * In the append transaction: indexes a member's name as keyed hashes when an identity is recorded or updated, and
 * deletes the index rows when it is erased.
 */
export function nameSearchProjection(keyring: Keyring): AppendHook {
  return {
    name: 'name-search-index',
    async onAppended(events, tx) {
      for (const [memberId, memberEvents] of memberEventsByMember(events)) {
        for (const recorded of memberEvents) {
          const event = { type: recorded.type, data: recorded.data } as MemberEvent;
          switch (event.type) {
            case 'MemberApplied':
            case 'MemberIdentityUpdated':
              await reindex(tx, keyring, memberId, event.data.identity);
              break;
            case 'MemberIdentityErased':
              await tx.query(`DELETE FROM name_search_index WHERE member_id = $1`, [memberId]);
              break;
            default:
              break;
          }
        }
      }
    },
  };
}
