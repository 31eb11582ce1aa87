import { createHmac, hkdfSync } from 'node:crypto';
import type { PersonnelEnvironment } from '../config/personnel-environment';
import { parseKeyEncryptionKey } from '../identity';

/**
 * The keys derived from the configured key-encryption key (KEK): the KEK itself wraps data keys; a separate key,
 * derived with HKDF, makes the keyed hashes of the name search index (so the index holds no clear names and
 * cannot be reversed by hashing a dictionary of names without the KEK).
 */
export class Keyring {
  readonly kek: Buffer;
  private readonly nameIndexKey: Buffer;

  constructor(kekBase64: string) {
    this.kek = parseKeyEncryptionKey(kekBase64);
    this.nameIndexKey = Buffer.from(hkdfSync('sha256', this.kek, 'muster-personnel', 'name-search-index:v1', 32));
  }

  /** The HMAC-SHA256 of a search key, hex. */
  nameKeyHash(searchKey: string): string {
    return createHmac('sha256', this.nameIndexKey).update(searchKey, 'utf8').digest('hex');
  }
}

const keyrings = new WeakMap<PersonnelEnvironment, Keyring>();

/** The one keyring of a running service, from its validated environment (shared by the vault and the append hooks). */
export function keyringOf(env: PersonnelEnvironment): Keyring {
  let keyring = keyrings.get(env);
  if (!keyring) {
    keyring = new Keyring(env.IDENTITY_KEK);
    keyrings.set(env, keyring);
  }
  return keyring;
}
