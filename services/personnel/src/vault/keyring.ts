import { hkdfSync } from 'node:crypto';
import type { PersonnelEnvironment } from '../config/personnel-environment';
import { parseKeyEncryptionKey } from '../identity';

/**
 * The keys derived from the configured key-encryption key (KEK): the KEK itself wraps data keys; separate keys,
 * derived with HKDF for one purpose each, key the name search index (so it holds no clear names and cannot be
 * reversed by hashing a dictionary of names without the KEK).
 */
export class Keyring {
  readonly kek: Buffer;

  constructor(kekBase64: string) {
    this.kek = parseKeyEncryptionKey(kekBase64);
  }

  /** A 256-bit key for one purpose, derived from the KEK: knowing one tells nothing of another. */
  derive(purpose: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.kek, 'muster-personnel', purpose, 32));
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
