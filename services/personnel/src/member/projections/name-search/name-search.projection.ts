import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { unreachable } from '@muster/event-sourcing';
import {
  AppendHook,
  CatchUpProjectionRunner,
  PostgresEventStore,
  Projection,
  SqlTransaction,
  catchUpProjection,
  inlineProjection,
} from '@muster/event-store';
import { ProtectedIdentityRef } from '../../../identity';
import { IdentityVault } from '../../../vault/identity-vault';
import { Keyring } from '../../../vault/keyring';
import { openIdentity } from '../../../vault/key-store';
import { memberCatalogue } from '../../domain/member.catalogue';
import { MemberEvent } from '../../domain/member.events';
import { NameIndexRow, nameIndexKeysOf } from './name-index-keys';

/** The keys and the model the rows are made with: change it when either changes, and the index is rebuilt at start-up. */
export const NAME_INDEX_VERSION = 'v3';

async function rowsOf(
  tx: SqlTransaction,
  keyring: Keyring,
  memberId: string,
  ref: ProtectedIdentityRef,
): Promise<NameIndexRow[]> {
  const identity = await openIdentity(tx, keyring, ref);
  return identity ? nameIndexKeysOf(keyring).rowsOf(memberId, identity.name) : [];
}

/** The identity the member had before this event (its rows are the ones to delete), or null for a new member. */
async function previousIdentity(
  tx: SqlTransaction,
  streamId: string,
  streamVersion: number,
): Promise<ProtectedIdentityRef | null> {
  const [row] = await tx.query<{ identity: ProtectedIdentityRef }>(
    `SELECT data->'identity' AS identity FROM events
      WHERE stream_id = $1 AND stream_version < $2 AND type IN ('MemberApplied', 'MemberIdentityUpdated')
      ORDER BY stream_version DESC LIMIT 1`,
    [streamId, streamVersion],
  );
  return row?.identity ?? null;
}

const columns = (rows: readonly NameIndexRow[]): [Buffer[], Buffer[]] => [
  rows.map((r) => r.term),
  rows.map((r) => r.seal),
];

async function insertRows(tx: SqlTransaction, rows: readonly NameIndexRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO name_search_terms (term, seal) SELECT * FROM unnest($1::bytea[], $2::bytea[]) ON CONFLICT DO NOTHING`,
    columns(rows),
  );
}

async function deleteRows(tx: SqlTransaction, rows: readonly NameIndexRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `DELETE FROM name_search_terms WHERE (term, seal) IN (SELECT * FROM unnest($1::bytea[], $2::bytea[]))`,
    columns(rows),
  );
}

/**
 * The name index: a member's rows are made from their identity when it is recorded, and deleted — recomputed from the
 * identity they replace — when it is updated or erased (before the shredding hook destroys the key). Rows carry no
 * member id in clear, so they can only be found by recomputing them.
 */
function nameSearchIndex(
  keyring: Keyring,
): Projection<MemberEvent, 'MemberApplied' | 'MemberIdentityUpdated' | 'MemberIdentityErased'> {
  return {
    name: 'name-search-index',
    catalogue: memberCatalogue,
    handles: ['MemberApplied', 'MemberIdentityUpdated', 'MemberIdentityErased'],
    async apply(event, tx) {
      const memberId = memberCatalogue.idOf(event.streamId);
      const previous = async (): Promise<NameIndexRow[]> => {
        const ref = await previousIdentity(tx, event.streamId, event.streamVersion);
        return ref ? rowsOf(tx, keyring, memberId, ref) : [];
      };
      switch (event.type) {
        case 'MemberApplied':
          return insertRows(tx, await rowsOf(tx, keyring, memberId, event.data.identity));
        case 'MemberIdentityUpdated':
          await deleteRows(tx, await previous());
          return insertRows(tx, await rowsOf(tx, keyring, memberId, event.data.identity));
        case 'MemberIdentityErased':
          return deleteRows(tx, await previous());
        default:
          return unreachable(event);
      }
    },
  };
}

/** In the append transaction: keeps the name index with every identity recorded, updated or erased. */
export function nameSearchProjection(keyring: Keyring): AppendHook {
  return inlineProjection(nameSearchIndex(keyring));
}

/**
 * Rebuilds the index from the events when it was made with other keys or another model (after the migration that
 * created it, or a change of NAME_INDEX_VERSION): emptied and replayed in one transaction, so searches see the old
 * index or the new one, never half of it. Erased identities stay out: their keys are gone.
 */
@Injectable()
export class NameSearchIndexRebuild implements OnApplicationBootstrap {
  private readonly logger = new Logger('NameSearchIndex');

  constructor(
    private readonly store: PostgresEventStore,
    private readonly vault: IdentityVault,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.isCurrent()) return;
    const replayed = await this.rebuild();
    this.logger.log(`name index rebuilt (${NAME_INDEX_VERSION}) from ${replayed} events`);
  }

  /**
   * Replays the store into an empty index; returns how many events were read. Then orders the table by hash: rows
   * written member by member lie together on disk, which a copy of the data files could group (not the hashes).
   */
  async rebuild(): Promise<number> {
    const projection = catchUpProjection({
      ...nameSearchIndex(this.vault.keyring),
      async reset(tx) {
        await tx.query(`TRUNCATE name_search_terms`);
        await tx.query(`DELETE FROM name_search_state`);
        await tx.query(`INSERT INTO name_search_state (version) VALUES ($1)`, [NAME_INDEX_VERSION]);
      },
    });
    const replayed = await new CatchUpProjectionRunner(this.store).rebuild(projection);
    await this.store.transaction((tx) => tx.query(`CLUSTER name_search_terms USING name_search_terms_pkey`));
    return replayed;
  }

  private async isCurrent(): Promise<boolean> {
    const rows = await this.store.transaction((tx) =>
      tx.query<{ version: string }>(`SELECT version FROM name_search_state`),
    );
    return rows.length === 1 && rows[0]?.version === NAME_INDEX_VERSION;
  }
}
