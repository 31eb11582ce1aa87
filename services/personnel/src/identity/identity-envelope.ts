import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { MemberIdentity, memberIdentityProblems } from './member-identity';
import { SealedPayload, SealedText, isSealedPayload } from './domain/sealed-payload';

/**
 * Envelope encryption of member identities, with node:crypto only.
 * - Each member has a data key (32 random bytes). Identities are sealed with it: AES-256-GCM, random 96-bit IV,
 *   128-bit tag, the key id bound in as associated data (a ciphertext cannot be moved to another member).
 * - Data keys are stored only wrapped (sealed) by the key-encryption key (KEK, 32 bytes, given as base64), again
 *   with the key id as associated data. Each wrapped key is stored with the id of the KEK that wrapped it
 *   (`keyEncryptionKeyId`), so the KEK can be rotated by rewrapping (`rewrapDataKey`).
 * - Erasing a member = deleting their wrapped data key: every sealed copy of the identity, including those inside
 *   immutable events, becomes unreadable (crypto-shredding).
 */

export type IdentityProtectionErrorCode =
  | 'INVALID_KEY_ENCRYPTION_KEY'
  | 'UNKNOWN_KEY_ENCRYPTION_KEY'
  | 'INVALID_DATA_KEY'
  | 'MALFORMED_SEALED_PAYLOAD'
  | 'DATA_KEY_UNWRAP_FAILED'
  | 'IDENTITY_DECRYPTION_FAILED'
  | 'INVALID_IDENTITY';

export class IdentityProtectionError extends Error {
  constructor(
    readonly code: IdentityProtectionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IdentityProtectionError';
  }
}

/** A data key wrapped by the KEK, safe to store in the key store (never in events). */
export interface WrappedDataKey {
  readonly keyId: string;
  readonly wrapped: SealedPayload;
}

export interface GeneratedDataKey {
  readonly keyId: string;
  /** The clear data key: use it, then let it go. Never persist it. */
  readonly dataKey: Buffer;
  readonly wrappedKey: WrappedDataKey;
}

const ALG = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Decodes and checks the base64 KEK. */
export function parseKeyEncryptionKey(base64: string): Buffer {
  const clean = typeof base64 === 'string' ? base64.trim() : '';
  const key = /^[A-Za-z0-9+/]+={0,2}$/.test(clean) ? Buffer.from(clean, 'base64') : Buffer.alloc(0);
  if (key.length !== KEY_BYTES) {
    throw new IdentityProtectionError(
      'INVALID_KEY_ENCRYPTION_KEY',
      `The key-encryption key must be ${KEY_BYTES} bytes given as base64 (got ${key.length} bytes)`,
    );
  }
  return key;
}

/** The KEK as base64 text (as configured) or as already-decoded bytes. */
export type KeyEncryptionKey = string | Buffer;

function kekBytes(kek: KeyEncryptionKey): Buffer {
  if (typeof kek === 'string') return parseKeyEncryptionKey(kek);
  if (!Buffer.isBuffer(kek) || kek.length !== KEY_BYTES) {
    throw new IdentityProtectionError(
      'INVALID_KEY_ENCRYPTION_KEY',
      `The key-encryption key must be ${KEY_BYTES} bytes`,
    );
  }
  return kek;
}

function requireDataKey(dataKey: Buffer): void {
  if (!Buffer.isBuffer(dataKey) || dataKey.length !== KEY_BYTES) {
    throw new IdentityProtectionError('INVALID_DATA_KEY', `A data key must be ${KEY_BYTES} bytes`);
  }
}

function seal(key: Buffer, plaintext: Buffer, aad: string): SealedPayload {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALG, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return {
    v: 1,
    alg: 'AES-256-GCM',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/** Opens a sealed payload, or returns null when the key is wrong or anything was tampered with. */
function open(key: Buffer, sealed: SealedPayload, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv(ALG, key, Buffer.from(sealed.iv, 'base64'), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

function requireSealed(sealed: unknown, what: string): asserts sealed is SealedPayload {
  if (!isSealedPayload(sealed)) {
    throw new IdentityProtectionError(
      'MALFORMED_SEALED_PAYLOAD',
      `The ${what} is not a well-formed AES-256-GCM payload`,
    );
  }
}

const wrapAad = (keyId: string): string => `muster:data-key:${keyId}`;
/** What a member's data key seals: the identity, or free text about them (neither can pass for the other). */
type SealedKind = 'identity' | 'text';
const sealedAad = (kind: SealedKind, keyId: string): string => `muster:${kind}:${keyId}`;

/**
 * The public id of a KEK: a keyed hash of a constant under the KEK (64 bits, in hex). It names the KEK a key was
 * wrapped with without any setting beside the KEK, and tells nothing of the KEK itself.
 */
export function keyEncryptionKeyId(keyEncryptionKey: KeyEncryptionKey): string {
  return createHmac('sha256', kekBytes(keyEncryptionKey)).update('muster:kek-id').digest('hex').slice(0, 16);
}

/** A data key wrapped by the KEK, under its key id. */
export function wrapDataKey(dataKey: Buffer, keyEncryptionKey: KeyEncryptionKey, keyId: string): WrappedDataKey {
  requireDataKey(dataKey);
  return { keyId, wrapped: seal(kekBytes(keyEncryptionKey), dataKey, wrapAad(keyId)) };
}

/** A fresh data key for one member, with its wrapped form for the key store. */
export function generateDataKey(keyEncryptionKey: KeyEncryptionKey, keyId: string = randomUUID()): GeneratedDataKey {
  const dataKey = randomBytes(KEY_BYTES);
  return { keyId, dataKey, wrappedKey: wrapDataKey(dataKey, keyEncryptionKey, keyId) };
}

/** The clear data key from its wrapped form; DATA_KEY_UNWRAP_FAILED when the KEK is wrong or the wrap was altered. */
export function unwrapDataKey(wrappedKey: WrappedDataKey, keyEncryptionKey: KeyEncryptionKey): Buffer {
  const kek = kekBytes(keyEncryptionKey);
  requireSealed(wrappedKey.wrapped, 'wrapped data key');
  const dataKey = open(kek, wrappedKey.wrapped, wrapAad(wrappedKey.keyId));
  if (dataKey === null || dataKey.length !== KEY_BYTES) {
    throw new IdentityProtectionError(
      'DATA_KEY_UNWRAP_FAILED',
      `Data key ${wrappedKey.keyId} could not be unwrapped: wrong key-encryption key, or the wrapped key was altered`,
    );
  }
  return dataKey;
}

/** The same data key, unwrapped with one KEK and wrapped again with another (a KEK rotation). */
export function rewrapDataKey(
  wrappedKey: WrappedDataKey,
  from: KeyEncryptionKey,
  to: KeyEncryptionKey,
): WrappedDataKey {
  return wrapDataKey(unwrapDataKey(wrappedKey, from), to, wrappedKey.keyId);
}

/** Seals any JSON value with a member's data key, bound to the key id and to what it is. */
function encryptJson(kind: SealedKind, value: unknown, dataKey: Buffer, keyId: string): SealedPayload {
  requireDataKey(dataKey);
  return seal(dataKey, Buffer.from(JSON.stringify(value), 'utf8'), sealedAad(kind, keyId));
}

/** Opens a sealed JSON value; IDENTITY_DECRYPTION_FAILED when the key is wrong or anything was tampered with. */
function decryptJson(kind: SealedKind, sealed: SealedPayload, dataKey: Buffer, keyId: string): unknown {
  requireDataKey(dataKey);
  requireSealed(sealed, `sealed ${kind}`);
  const plaintext = open(dataKey, sealed, sealedAad(kind, keyId));
  if (plaintext === null) {
    throw new IdentityProtectionError(
      'IDENTITY_DECRYPTION_FAILED',
      `The ${kind} sealed under key ${keyId} could not be decrypted: wrong key, or the ciphertext was altered`,
    );
  }
  return JSON.parse(plaintext.toString('utf8')) as unknown;
}

/**
 * Seals a member identity: what events and commands carry as `ProtectedIdentityRef`. It does not re-check the
 * identity: its one caller, the identity vault, refuses an invalid identity (INVALID_IDENTITY, 422) before sealing.
 */
export function encryptIdentity(
  identity: MemberIdentity,
  dataKey: Buffer,
  keyId: string,
): { keyId: string; sealed: SealedPayload } {
  return { keyId, sealed: encryptJson('identity', identity, dataKey, keyId) };
}

/** Opens a sealed member identity and checks its shape. */
export function decryptIdentity(ref: { keyId: string; sealed: SealedPayload }, dataKey: Buffer): MemberIdentity {
  const value = decryptJson('identity', ref.sealed, dataKey, ref.keyId);
  const problems = memberIdentityProblems(value);
  if (problems.length > 0) {
    throw new IdentityProtectionError(
      'INVALID_IDENTITY',
      `Decrypted data is not a valid identity: ${problems.join('; ')}`,
    );
  }
  return value as MemberIdentity;
}

/** Seals free text about a member (a reason, notes, a description) with their data key, as their identity is. */
export function encryptText(text: string, dataKey: Buffer, keyId: string): SealedText {
  return { keyId, sealed: encryptJson('text', text, dataKey, keyId) };
}

/** Opens free text sealed by `encryptText`. */
export function decryptText(ref: SealedText, dataKey: Buffer): string {
  const value = decryptJson('text', ref.sealed, dataKey, ref.keyId);
  if (typeof value !== 'string') {
    throw new IdentityProtectionError('IDENTITY_DECRYPTION_FAILED', `Text sealed under key ${ref.keyId} is not text`);
  }
  return value;
}
