import { KeyObject, createPrivateKey, createPublicKey, generateKeyPairSync, hash, sign, verify } from 'node:crypto';

/** A tree head: the log's size and Merkle root at a time. */
export interface TreeHead {
  /** `muster/<service>` */
  readonly log: string;
  readonly size: number;
  /** MTH of the first `size` entries, lowercase hex. */
  readonly root: string;
  /** ISO-8601 UTC with milliseconds (Date.toISOString()). */
  readonly time: string;
}

/** A consistency proof from an earlier tree head of the same log (hashes in lowercase hex, RFC 9162 order). */
export interface ConsistencyProof {
  readonly fromSize: number;
  readonly proof: readonly string[];
}

export interface SignedCheckpoint extends TreeHead {
  /** keyIdOf the signing key. */
  readonly keyId: string;
  /** Base64 Ed25519 signature over checkpointText(head). */
  readonly signature: string;
  /** From the previous checkpoint of the same log; null for the first. Not signed: it proves itself. */
  readonly consistency: ConsistencyProof | null;
}

/** A public key as the services and the witness publish them; `name` is the log (or the witness) it signs for. */
export interface PublicKeyEntry {
  readonly name: string;
  readonly keyId: string;
  /** Base64 of the raw 32-byte Ed25519 public key. */
  readonly publicKey: string;
}

/** A witness's countersignature of a checkpoint it found consistent with everything it saw before. */
export interface Cosignature {
  readonly witness: string;
  readonly log: string;
  readonly size: number;
  readonly root: string;
  /** The checkpoint's time. */
  readonly time: string;
  readonly cosignedAt: string;
  readonly keyId: string;
  readonly signature: string;
}

export type SignatureCheck<Reason extends string> = { ok: true } | { ok: false; reason: Reason };

const HEX_ROOT = /^[0-9a-f]{64}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A name inside signed text must not contain the line separator, or two different heads could sign alike. */
function assertLine(what: string, value: string): void {
  if (value.length === 0 || /[\n\r]/.test(value)) throw new TypeError(`${what} must be one non-empty line`);
}

/** The exact UTF-8 text a checkpoint's signature covers: `muster-checkpoint/v1\n${log}\n${size}\n${root}\n${time}\n`. */
export function checkpointText(head: TreeHead): string {
  assertLine('log', head.log);
  if (!Number.isSafeInteger(head.size) || head.size < 0) throw new TypeError('size must be a non-negative integer');
  if (!HEX_ROOT.test(head.root)) throw new TypeError('root must be 64 lowercase hex digits');
  if (!ISO_TIME.test(head.time)) throw new TypeError('time must be ISO-8601 UTC with milliseconds');
  return `muster-checkpoint/v1\n${head.log}\n${head.size}\n${head.root}\n${head.time}\n`;
}

/** The text a cosignature covers: `muster-cosignature/v1\n${witness}\n${cosignedAt}\n` then the checkpoint's text. */
export function cosignatureText(witness: string, cosignedAt: string, head: TreeHead): string {
  assertLine('witness', witness);
  if (!ISO_TIME.test(cosignedAt)) throw new TypeError('cosignedAt must be ISO-8601 UTC with milliseconds');
  return `muster-cosignature/v1\n${witness}\n${cosignedAt}\n${checkpointText(head)}`;
}

function rawPublicKey(publicKey: KeyObject): Buffer {
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new TypeError('an Ed25519 key is expected');
  const { x } = publicKey.export({ format: 'jwk' });
  return Buffer.from(x as string, 'base64url');
}

/** Lowercase hex of the first 8 bytes of SHA-256(the raw 32-byte public key). */
export function keyIdOf(publicKey: KeyObject): string {
  return hash('sha256', rawPublicKey(publicKey), 'hex').slice(0, 16);
}

export function publicKeyEntry(name: string, publicKey: KeyObject): PublicKeyEntry {
  return { name, keyId: keyIdOf(publicKey), publicKey: rawPublicKey(publicKey).toString('base64') };
}

/** The KeyObject of a published key (throws when it is not 32 bytes). */
export function publicKeyOf(entry: PublicKeyEntry): KeyObject {
  const raw = Buffer.from(entry.publicKey, 'base64');
  if (raw.length !== 32) throw new TypeError(`key ${entry.keyId}: an Ed25519 public key is 32 bytes`);
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}

/** A fresh Ed25519 key, and its base64 PKCS#8 DER (what LOG_SIGNING_KEY and WITNESS_SIGNING_KEY take). */
export function newSigningKey(): { readonly privateKey: KeyObject; readonly pkcs8Base64: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, pkcs8Base64: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64') };
}

/**
 * An Ed25519 private key from base64 of its PKCS#8 DER (LOG_SIGNING_KEY, WITNESS_SIGNING_KEY). Errors name
 * `variable` and what is wrong, never the value.
 */
export function privateKeyFromBase64(pkcs8Base64: string, variable = 'the signing key'): KeyObject {
  const hint = 'it must be base64 of the PKCS#8 DER of an Ed25519 private key';
  const text = pkcs8Base64.trim();
  if (text.length === 0) throw new Error(`${variable} is empty: ${hint}`);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) throw new Error(`${variable} is not base64: ${hint}`);
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    // Node's message could quote parts of the input: say it in our words.
    throw new Error(`${variable} is not a PKCS#8 DER private key: ${hint}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${variable} is a ${key.asymmetricKeyType ?? 'unknown'} key: ${hint}`);
  }
  return key;
}

/** Signs a tree head; `consistency` is null (the caller sets the proof from the previous checkpoint). */
export function signCheckpoint(head: TreeHead, privateKey: KeyObject): SignedCheckpoint {
  const signature = sign(null, Buffer.from(checkpointText(head), 'utf8'), privateKey).toString('base64');
  const { log, size, root, time } = head;
  return { log, size, root, time, keyId: keyIdOf(createPublicKey(privateKey)), signature, consistency: null };
}

function verifyText(text: string, signature: string, key: PublicKeyEntry): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), publicKeyOf(key), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

function textOr(make: () => string): string | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

/**
 * Whether a known key of the checkpoint's own log signed it: `unknown-key` when no key has its keyId, `wrong-log`
 * when the key belongs to another name, `bad-signature` when the signature does not cover this exact head.
 */
export function verifyCheckpointSignature(
  cp: SignedCheckpoint,
  keys: readonly PublicKeyEntry[],
): SignatureCheck<'unknown-key' | 'bad-signature' | 'wrong-log'> {
  const key = keys.find((k) => k.keyId === cp.keyId);
  if (!key) return { ok: false, reason: 'unknown-key' };
  if (key.name !== cp.log) return { ok: false, reason: 'wrong-log' };
  const text = textOr(() => checkpointText(cp));
  return text !== undefined && verifyText(text, cp.signature, key)
    ? { ok: true }
    : { ok: false, reason: 'bad-signature' };
}

/** The witness's countersignature of a checkpoint (the witness checks consistency before calling this). */
export function cosign(cp: TreeHead, witnessName: string, privateKey: KeyObject, cosignedAt: string): Cosignature {
  const text = cosignatureText(witnessName, cosignedAt, cp);
  const { log, size, root, time } = cp;
  return {
    witness: witnessName,
    log,
    size,
    root,
    time,
    cosignedAt,
    keyId: keyIdOf(createPublicKey(privateKey)),
    signature: sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64'),
  };
}

/**
 * Whether the witness's own key countersigned this head; with `checkpoint`, also that it is that checkpoint's head
 * (`different-checkpoint` otherwise).
 */
export function verifyCosignature(
  cosignature: Cosignature,
  keys: readonly PublicKeyEntry[],
  checkpoint?: TreeHead,
): SignatureCheck<'unknown-key' | 'bad-signature' | 'wrong-witness' | 'different-checkpoint'> {
  if (
    checkpoint &&
    (checkpoint.log !== cosignature.log ||
      checkpoint.size !== cosignature.size ||
      checkpoint.root !== cosignature.root ||
      checkpoint.time !== cosignature.time)
  ) {
    return { ok: false, reason: 'different-checkpoint' };
  }
  const key = keys.find((k) => k.keyId === cosignature.keyId);
  if (!key) return { ok: false, reason: 'unknown-key' };
  if (key.name !== cosignature.witness) return { ok: false, reason: 'wrong-witness' };
  const text = textOr(() => cosignatureText(cosignature.witness, cosignature.cosignedAt, cosignature));
  return text !== undefined && verifyText(text, cosignature.signature, key)
    ? { ok: true }
    : { ok: false, reason: 'bad-signature' };
}
