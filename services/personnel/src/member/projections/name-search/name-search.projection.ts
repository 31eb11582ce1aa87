import { unreachable } from '@muster/event-sourcing';
import { AppendHook, SqlTransaction, inlineProjection } from '@muster/event-store';
import { ProtectedIdentityRef } from '../../../identity';
import { Keyring } from '../../../vault/keyring';
import { openIdentity } from '../../../vault/key-store';
import { memberCatalogue } from '../../domain/member.catalogue';
import { indexKeysOfName } from './name-search-keys';

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
  return inlineProjection({
    name: 'name-search-index',
    catalogue: memberCatalogue,
    handles: ['MemberApplied', 'MemberIdentityUpdated', 'MemberIdentityErased'],
    async apply(event, tx) {
      const memberId = memberCatalogue.idOf(event.streamId);
      switch (event.type) {
        case 'MemberApplied':
        case 'MemberIdentityUpdated':
          return reindex(tx, keyring, memberId, event.data.identity);
        case 'MemberIdentityErased':
          await tx.query(`DELETE FROM name_search_index WHERE member_id = $1`, [memberId]);
          return;
        default:
          return unreachable(event);
      }
    },
  });
}
