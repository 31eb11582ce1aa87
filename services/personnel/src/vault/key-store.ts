import type { SqlTransaction } from '@muster/event-store';
import {
  MemberIdentity,
  ProtectedIdentityRef,
  SealedPayload,
  SealedText,
  WrappedDataKey,
  decryptIdentity,
  decryptText,
  generateDataKey,
  unwrapDataKey,
} from '../identity';
import { Keyring } from './keyring';

/**
 * The `identity_keys` table: one data key per member, stored only wrapped by the KEK, with the id of that KEK. Deleting
 * a row is the crypto-shredding of that member's identity (every sealed copy, in events, outbox and Kafka, becomes
 * unreadable).
 */
export interface DataKey {
  readonly keyId: string;
  readonly dataKey: Buffer;
}

export interface KeyRow {
  key_id: string;
  /** Null only for a key written before KEK ids by a service not yet upgraded (see `unlockKeyring`). */
  kek_id: string | null;
  wrapped_key: SealedPayload;
}

const KEY_COLUMNS = 'key_id, kek_id, wrapped_key';

/** The member's existing data key, or null when they have none (never had one, or it was shredded). */
export async function existingDataKey(
  sql: SqlTransaction,
  keyring: Keyring,
  memberId: string,
): Promise<DataKey | null> {
  const [row] = await sql.query<KeyRow>(`SELECT ${KEY_COLUMNS} FROM identity_keys WHERE member_id = $1`, [memberId]);
  return row ? { keyId: row.key_id, dataKey: unwrap(keyring, row) } : null;
}

/** The member's data key, created (and stored wrapped) on first use. */
export async function dataKeyFor(sql: SqlTransaction, keyring: Keyring, memberId: string): Promise<DataKey> {
  const existing = await existingDataKey(sql, keyring, memberId);
  if (existing) return existing;
  const generated = generateDataKey(keyring.current.key);
  const inserted = await sql.query<KeyRow>(
    `INSERT INTO identity_keys (member_id, key_id, kek_id, wrapped_key) VALUES ($1, $2, $3, $4)
     ON CONFLICT (member_id) DO NOTHING RETURNING ${KEY_COLUMNS}`,
    [memberId, generated.keyId, keyring.current.id, JSON.stringify(generated.wrappedKey.wrapped)],
  );
  if (inserted.length > 0) return { keyId: generated.keyId, dataKey: generated.dataKey };
  // Another request created it between our SELECT and INSERT: use theirs.
  const raced = await existingDataKey(sql, keyring, memberId);
  if (!raced) throw new Error('identity key vanished while being created');
  return raced;
}

/** The KEK that wrapped a stored key: a key without a KEK id was wrapped by the one the service had then, the current. */
export const kekOfRow = (keyring: Keyring, row: KeyRow): Buffer => keyring.kek(row.kek_id ?? keyring.current.id);

export const wrappedKeyOf = (row: KeyRow): WrappedDataKey => ({ keyId: row.key_id, wrapped: row.wrapped_key });

function unwrap(keyring: Keyring, row: KeyRow): Buffer {
  return unwrapDataKey(wrappedKeyOf(row), kekOfRow(keyring, row));
}

/** The clear identity, or null when its data key has been erased. */
export async function openIdentity(
  sql: SqlTransaction,
  keyring: Keyring,
  ref: ProtectedIdentityRef,
): Promise<MemberIdentity | null> {
  const [row] = await sql.query<KeyRow>(`SELECT ${KEY_COLUMNS} FROM identity_keys WHERE key_id = $1`, [ref.keyId]);
  return row ? decryptIdentity(ref, unwrap(keyring, row)) : null;
}

/** The clear identities, in the order given (null where erased), with one query for all their data keys. */
export function openIdentities(
  sql: SqlTransaction,
  keyring: Keyring,
  refs: readonly ProtectedIdentityRef[],
): Promise<(MemberIdentity | null)[]> {
  return openAll(sql, keyring, refs, decryptIdentity);
}

/** The clear texts, in the order given (null where erased), with one query for all their data keys. */
export function openTexts(
  sql: SqlTransaction,
  keyring: Keyring,
  refs: readonly SealedText[],
): Promise<(string | null)[]> {
  return openAll(sql, keyring, refs, decryptText);
}

async function openAll<T>(
  sql: SqlTransaction,
  keyring: Keyring,
  refs: readonly { keyId: string; sealed: SealedPayload }[],
  decrypt: (ref: { keyId: string; sealed: SealedPayload }, dataKey: Buffer) => T,
): Promise<(T | null)[]> {
  if (refs.length === 0) return [];
  const rows = await sql.query<KeyRow>(`SELECT ${KEY_COLUMNS} FROM identity_keys WHERE key_id = ANY($1::text[])`, [
    [...new Set(refs.map((r) => r.keyId))],
  ]);
  const keys = new Map(rows.map((row) => [row.key_id, unwrap(keyring, row)]));
  return refs.map((ref) => {
    const dataKey = keys.get(ref.keyId);
    return dataKey ? decrypt(ref, dataKey) : null;
  });
}

export async function shredDataKey(sql: SqlTransaction, keyId: string): Promise<void> {
  await sql.query(`DELETE FROM identity_keys WHERE key_id = $1`, [keyId]);
}

/** Shreds the data keys of these (would-be) members. */
export async function shredMemberKeys(sql: SqlTransaction, memberIds: readonly string[]): Promise<void> {
  if (memberIds.length > 0) await sql.query(`DELETE FROM identity_keys WHERE member_id = ANY($1)`, [memberIds]);
}
