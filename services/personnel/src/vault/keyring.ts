import { hkdfSync } from 'node:crypto';
import type { PersonnelEnvironment } from '../config/personnel-environment';
import { IdentityProtectionError, keyEncryptionKeyId, parseKeyEncryptionKey } from '../identity';

/** One key-encryption key (KEK) and its public id, as stored beside every key it wraps. */
export interface KeyEncryptionKeyVersion {
  readonly id: string;
  readonly key: Buffer;
}

function version(base64: string): KeyEncryptionKeyVersion {
  const key = parseKeyEncryptionKey(base64);
  return { id: keyEncryptionKeyId(key), key };
}

/**
 * The service's keys. The configured KEK (IDENTITY_KEK) wraps every new key; during a rotation the one it replaces
 * (IDENTITY_KEK_PREVIOUS) still opens the keys not yet rewrapped. The name search index is keyed by keys derived with
 * HKDF, one per purpose, from a random index key that is stored wrapped like the data keys (see `unlockKeyring`), so a
 * rotation of the KEK rewraps one more key and leaves the index as it is.
 */
export class Keyring {
  readonly current: KeyEncryptionKeyVersion;
  readonly previous: KeyEncryptionKeyVersion | null;
  private indexKey: Buffer | null = null;

  constructor(kekBase64: string, previousKekBase64?: string) {
    this.current = version(kekBase64);
    const previous = previousKekBase64 ? version(previousKekBase64) : null;
    this.previous = previous && previous.id !== this.current.id ? previous : null;
  }

  /** The ids of the KEKs this keyring holds, the current one first. */
  get ids(): string[] {
    return [this.current.id, ...(this.previous ? [this.previous.id] : [])];
  }

  /** The KEK with this id; UNKNOWN_KEY_ENCRYPTION_KEY when it is not configured. */
  kek(id: string): Buffer {
    if (id === this.current.id) return this.current.key;
    if (id === this.previous?.id) return this.previous.key;
    throw new IdentityProtectionError(
      'UNKNOWN_KEY_ENCRYPTION_KEY',
      `A key is wrapped by KEK ${id}, which is neither IDENTITY_KEK nor IDENTITY_KEK_PREVIOUS`,
    );
  }

  /** Holds the clear index key, once unwrapped at start-up. */
  unlockIndex(indexKey: Buffer): void {
    this.indexKey = indexKey;
  }

  /** A 256-bit key for one purpose, derived from the index key: knowing one tells nothing of another. */
  derive(purpose: string): Buffer {
    if (!this.indexKey) throw new Error('the keyring is locked: its index key is unwrapped at start-up');
    return Buffer.from(hkdfSync('sha256', this.indexKey, 'muster-personnel', purpose, 32));
  }
}

const keyrings = new WeakMap<PersonnelEnvironment, Keyring>();

/** The one keyring of a running service, from its validated environment (shared by the vault and the append hooks). */
export function keyringOf(env: PersonnelEnvironment): Keyring {
  let keyring = keyrings.get(env);
  if (!keyring) {
    keyring = new Keyring(env.IDENTITY_KEK, env.IDENTITY_KEK_PREVIOUS);
    keyrings.set(env, keyring);
  }
  return keyring;
}
