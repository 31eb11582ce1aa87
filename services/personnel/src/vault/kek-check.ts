import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '@muster/platform';
import type { SqlTransaction } from '@muster/event-store';
import { IdentityProtectionError, unwrapDataKey, wrapDataKey } from '../identity';
import { KeyRow, wrappedKeyOf } from './key-store';
import { Keyring } from './keyring';

/** The name of the name index key in `vault_keys` (also the associated data it is wrapped with). */
const INDEX_KEY = 'name-index';

/** How many stored keys one KEK id wraps (null: keys stored before KEK ids). */
export interface KeysByKek {
  readonly kekId: string | null;
  readonly keys: number;
}

/**
 * What stops the service from starting with these KEKs: stored keys wrapped by a KEK it was not given. The ids are
 * public fingerprints of the KEKs, safe to print; the KEKs never are.
 */
export function missingKekProblems(found: readonly KeysByKek[], keyring: Keyring): string[] {
  const known = new Set(keyring.ids);
  const configured = `IDENTITY_KEK is KEK ${keyring.current.id}${keyring.previous ? `, IDENTITY_KEK_PREVIOUS is KEK ${keyring.previous.id}` : ''}`;
  return found
    .filter((f): f is KeysByKek & { kekId: string } => f.kekId !== null && !known.has(f.kekId))
    .map(
      (f) =>
        `IDENTITY_KEK: ${f.keys} stored key(s) are wrapped by KEK ${f.kekId}, which this service was not given (${configured}). ` +
        'Start it with the KEK of this database, or, during a rotation, with that KEK as IDENTITY_KEK_PREVIOUS.',
    );
}

const opens = (kek: Buffer, row: KeyRow): boolean => {
  try {
    unwrapDataKey(wrappedKeyOf(row), kek);
    return true;
  } catch (error) {
    if (error instanceof IdentityProtectionError) return false;
    throw error;
  }
};

/**
 * Keys stored before KEK ids were all wrapped by the one KEK there was: the first configured KEK that opens one of them
 * is recorded as theirs. None opening it means the service was given the wrong KEK.
 */
async function stampKeysWithoutKekId(sql: SqlTransaction, keyring: Keyring, count: number): Promise<void> {
  const [sample] = await sql.query<KeyRow>(
    `SELECT key_id, kek_id, wrapped_key FROM identity_keys WHERE kek_id IS NULL LIMIT 1`,
  );
  if (!sample) return;
  const owner = [keyring.current, ...(keyring.previous ? [keyring.previous] : [])].find((v) => opens(v.key, sample));
  if (!owner) {
    throw new ConfigurationError([
      `IDENTITY_KEK: the ${count} data key(s) stored before KEK ids do not open with the configured KEK (KEK ${keyring.ids.join(' or ')}). ` +
        'Start the service with the KEK they were wrapped with.',
    ]);
  }
  await sql.query(`UPDATE identity_keys SET kek_id = $1 WHERE kek_id IS NULL`, [owner.id]);
}

interface VaultKeyRow {
  kek_id: string;
  wrapped_key: KeyRow['wrapped_key'];
}

async function storedIndexKey(sql: SqlTransaction): Promise<VaultKeyRow | undefined> {
  const [row] = await sql.query<VaultKeyRow>(`SELECT kek_id, wrapped_key FROM vault_keys WHERE name = $1`, [INDEX_KEY]);
  return row;
}

function openIndexKey(keyring: Keyring, row: VaultKeyRow): Buffer {
  try {
    return unwrapDataKey({ keyId: INDEX_KEY, wrapped: row.wrapped_key }, keyring.kek(row.kek_id));
  } catch (error) {
    if (!(error instanceof IdentityProtectionError)) throw error;
    throw new ConfigurationError([
      `IDENTITY_KEK: the name index key does not open with KEK ${row.kek_id}, whose id it bears: it was altered.`,
    ]);
  }
}

/** A new random index key, stored wrapped by the current KEK (a concurrent first start may store its own first). */
async function createIndexKey(sql: SqlTransaction, keyring: Keyring): Promise<VaultKeyRow> {
  const { wrapped } = wrapDataKey(randomBytes(32), keyring.current.key, INDEX_KEY);
  await sql.query(
    `INSERT INTO vault_keys (name, kek_id, wrapped_key) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING`,
    [INDEX_KEY, keyring.current.id, JSON.stringify(wrapped)],
  );
  return (await storedIndexKey(sql)) as VaultKeyRow;
}

/**
 * The start-up check: refuses (with a ConfigurationError naming no secret) a KEK that is not this database's, records
 * which KEK wrapped the keys stored before KEK ids, and unlocks the name index key — created at the first start, it is
 * the database's proof of its KEK even when every member's key has been erased.
 */
export async function unlockKeyring(sql: SqlTransaction, keyring: Keyring): Promise<void> {
  const found = (
    await sql.query<{ kek_id: string | null; keys: number }>(
      `SELECT kek_id, count(*)::int AS keys FROM identity_keys GROUP BY kek_id`,
    )
  ).map((r) => ({ kekId: r.kek_id, keys: r.keys }));
  const index = await storedIndexKey(sql);
  const problems = missingKekProblems(index ? [...found, { kekId: index.kek_id, keys: 1 }] : found, keyring);
  if (problems.length > 0) throw new ConfigurationError(problems);
  const unversioned = found.find((f) => f.kekId === null);
  if (unversioned) await stampKeysWithoutKekId(sql, keyring, unversioned.keys);
  keyring.unlockIndex(openIndexKey(keyring, index ?? (await createIndexKey(sql, keyring))));
}
