import { createCipheriv, createHmac } from 'node:crypto';
import { NAME_FIELDS, NameField, PersonNameLike, nameIndexKeys } from '@muster/names';
import { Keyring } from '../../../vault/keyring';

/** One row of the index: a keyed hash of a search key, and the member it belongs to, sealed so rows do not link. */
export interface NameIndexRow {
  readonly term: Buffer;
  readonly seal: Buffer;
}

const TERM_BYTES = 16;
/** An AES block, and a member id's length in bytes. */
export const BLOCK = 16;
/** A seal: the row's nonce, then the member id under its pad. */
const SEAL_BYTES = 2 * BLOCK;

const uuidBytes = (uuid: string): Buffer => Buffer.from(uuid.replace(/-/g, ''), 'hex');
const uuidOf = (bytes: Buffer): string =>
  bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

/** A member id as the search holds it: its 16 bytes as latin1 text (a cheap map key, in the id's order). */
export const memberKey = (memberId: string): string => uuidBytes(memberId).toString('latin1');
/** The member id of a `memberKey` (or of 16 bytes of `openSeals`, read as latin1). */
export const memberIdOf = (key: string): string => uuidOf(Buffer.from(key, 'latin1'));

/**
 * The keys of the name index, all derived from the index key (stored wrapped by the KEK, so a KEK rotation leaves the
 * index as it is):
 * - one HMAC key per name field, so "Ahmad" as an own name and as a father's name are unrelated hashes: the position
 *   of a match is known to the service that asked, not to whoever reads the table;
 * - a row key and a sealing key: each row holds its member id encrypted with a pad from a nonce that is a keyed hash of
 *   (member, field, search key). Nonces never repeat, so one member's rows share nothing a dump could join on, and the
 *   service can recompute a member's rows to delete them.
 */
export class NameIndexKeys {
  private readonly fieldKeys: ReadonlyMap<NameField, Buffer>;
  private readonly rowKey: Buffer;
  private readonly sealKey: Buffer;

  constructor(keyring: Keyring) {
    this.fieldKeys = new Map(NAME_FIELDS.map((field) => [field, keyring.derive(`name-search:v2:field:${field}`)]));
    this.rowKey = keyring.derive('name-search:v2:row');
    this.sealKey = keyring.derive('name-search:v2:seal');
  }

  /** The keyed hash of a search key in one field (128 bits). */
  term(field: NameField, key: string): Buffer {
    return createHmac('sha256', this.fieldKeys.get(field) as Buffer)
      .update(key, 'utf8')
      .digest()
      .subarray(0, TERM_BYTES);
  }

  /** The index rows of a member's name (none for an empty name). */
  rowsOf(memberId: string, name: PersonNameLike): NameIndexRow[] {
    const entries = nameIndexKeys(name);
    const nonces = entries.map(({ field, key }) =>
      createHmac('sha256', this.rowKey)
        .update(`${memberId}\u0000${field}\u0000${key}`, 'utf8')
        .digest()
        .subarray(0, BLOCK),
    );
    const pads = this.pads(nonces);
    const member = uuidBytes(memberId);
    return entries.map(({ field, key }, i) => {
      const sealed = Buffer.alloc(BLOCK);
      for (let b = 0; b < BLOCK; b++) sealed[b] = (member[b] as number) ^ (pads[i * BLOCK + b] as number);
      return { term: this.term(field, key), seal: Buffer.concat([nonces[i] as Buffer, sealed]) };
    });
  }

  /**
   * The member ids of seals laid end to end (as the search reads them), laid end to end in the same order: one AES pass
   * over the whole run gives each row's pad as every other block.
   */
  openSeals(seals: Buffer): Buffer {
    const members = Buffer.alloc(seals.length / 2);
    if (seals.length === 0) return members;
    const cipher = createCipheriv('aes-256-ecb', this.sealKey, null).setAutoPadding(false);
    const blocks = Buffer.concat([cipher.update(seals), cipher.final()]);
    for (let at = 0; at < seals.length; at += SEAL_BYTES) {
      for (let b = 0; b < BLOCK; b++) {
        members[at / 2 + b] = (seals[at + BLOCK + b] as number) ^ (blocks[at + b] as number);
      }
    }
    return members;
  }

  /** AES-256 of each nonce (a block cipher as a pseudo-random function: the one-time pad of its row). */
  private pads(nonces: readonly Buffer[]): Buffer {
    if (nonces.length === 0) return Buffer.alloc(0);
    const cipher = createCipheriv('aes-256-ecb', this.sealKey, null).setAutoPadding(false);
    return Buffer.concat([cipher.update(Buffer.concat(nonces)), cipher.final()]);
  }
}

const byKeyring = new WeakMap<Keyring, NameIndexKeys>();

/** The index keys of a keyring, derived once. */
export function nameIndexKeysOf(keyring: Keyring): NameIndexKeys {
  let keys = byKeyring.get(keyring);
  if (!keys) {
    keys = new NameIndexKeys(keyring);
    byKeyring.set(keyring, keys);
  }
  return keys;
}
