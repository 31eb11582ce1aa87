import { setTimeout as sleep } from 'node:timers/promises';
import { SqlTransaction, inTransaction } from '@muster/event-store';
import { DataSource } from 'typeorm';
import { rewrapDataKey } from '../identity';
import { unlockKeyring } from './kek-check';
import { KeyRow, kekOfRow, wrappedKeyOf } from './key-store';
import { Keyring } from './keyring';

export interface RotationProgress {
  /** Keys rewrapped so far (the service's own keys included). */
  readonly rewrapped: number;
  /** Keys still wrapped by another KEK, as this batch committed. */
  readonly remaining: number;
}

export interface RotationOptions {
  readonly batchSize?: number;
  readonly onBatch?: (progress: RotationProgress) => void;
}

/** How long keys held by in-flight transactions are tried again before the command gives up (and says so). */
const LOCKED_KEYS_PATIENCE_MS = 30_000;

const notCurrent = `kek_id IS DISTINCT FROM $1`;

async function remaining(sql: SqlTransaction, keyring: Keyring): Promise<number> {
  const [row] = await sql.query<{ n: string }>(
    `SELECT (SELECT count(*) FROM identity_keys WHERE ${notCurrent}) + (SELECT count(*) FROM vault_keys WHERE ${notCurrent}) AS n`,
    [keyring.current.id],
  );
  return Number(row?.n ?? 0);
}

/** A table of wrapped keys, and the column of the id each is wrapped under (its associated data). */
interface KeyTable {
  readonly name: 'identity_keys' | 'vault_keys';
  readonly keyId: 'key_id' | 'name';
}
const KEY_TABLES: readonly KeyTable[] = [
  { name: 'vault_keys', keyId: 'name' },
  { name: 'identity_keys', keyId: 'key_id' },
];

/**
 * One batch of one table, in the caller's transaction: the keys it rewraps are locked (FOR UPDATE) until it commits,
 * so an erasure (a DELETE) waits for it or has already happened — an UPDATE never brings a deleted key back. Keys
 * locked by in-flight appends are skipped, not waited for, and taken by a later batch. Returns how many it rewrapped.
 */
async function rewrapBatch(sql: SqlTransaction, keyring: Keyring, table: KeyTable, limit: number): Promise<number> {
  const rows = await sql.query<KeyRow>(
    `SELECT ${table.keyId} AS key_id, kek_id, wrapped_key FROM ${table.name}
      WHERE ${notCurrent} ORDER BY 1 LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [keyring.current.id, limit],
  );
  if (rows.length === 0) return 0;
  const rewrapped = rows.map((row) => rewrapDataKey(wrappedKeyOf(row), kekOfRow(keyring, row), keyring.current.key));
  await sql.query(
    `UPDATE ${table.name} AS k SET kek_id = $1, wrapped_key = u.wrapped_key
       FROM unnest($2::text[], $3::jsonb[]) AS u(key_id, wrapped_key)
      WHERE k.${table.keyId} = u.key_id`,
    [keyring.current.id, rewrapped.map((w) => w.keyId), rewrapped.map((w) => JSON.stringify(w.wrapped))],
  );
  return rows.length;
}

/**
 * Rewraps every stored key under the current KEK while the service keeps serving: runs the start-up check first (so
 * it refuses a key it was not given), then batches until no key is left under another KEK. A key created meanwhile
 * is wrapped by the current KEK already (the service runs with the new KEK as IDENTITY_KEK); an erased one is gone.
 */
export async function rotateKeyEncryptionKey(
  dataSource: DataSource,
  keyring: Keyring,
  { batchSize = 500, onBatch }: RotationOptions = {},
): Promise<RotationProgress> {
  await inTransaction(dataSource, (tx) => unlockKeyring(tx, keyring));
  let rewrapped = 0;
  let waitingSince: number | null = null;
  for (;;) {
    const { done, left } = await inTransaction(dataSource, async (tx) => {
      let done = 0;
      for (const table of KEY_TABLES) done += await rewrapBatch(tx, keyring, table, batchSize);
      return { done, left: await remaining(tx, keyring) };
    });
    rewrapped += done;
    if (done > 0) onBatch?.({ rewrapped, remaining: left });
    if (left === 0) return { rewrapped, remaining: 0 };
    if (done > 0) {
      waitingSince = null;
      continue;
    }
    // Only keys locked by in-flight transactions are left: try again shortly, for a while.
    waitingSince ??= Date.now();
    if (Date.now() - waitingSince > LOCKED_KEYS_PATIENCE_MS) return { rewrapped, remaining: left };
    await sleep(100);
  }
}
