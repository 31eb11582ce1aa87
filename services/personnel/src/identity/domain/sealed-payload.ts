/**
 * The shape of an encrypted payload as it may travel in events: base64 parts of an AES-256-GCM ciphertext.
 * Pure (no crypto here) so that domain code can accept and check it without touching keys.
 */
export interface SealedPayload {
  readonly v: 1;
  readonly alg: 'AES-256-GCM';
  /** 96-bit random IV, base64. */
  readonly iv: string;
  /** 128-bit GCM authentication tag, base64. */
  readonly tag: string;
  readonly ciphertext: string;
}

/**
 * What a member's events carry instead of a legal identity: the id of the member's data key (held, wrapped, in a
 * key store outside the event stream) and the identity sealed with that key. Deleting the key shreds every copy.
 */
export interface ProtectedIdentityRef {
  readonly keyId: string;
  readonly sealed: SealedPayload;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function base64Length(value: unknown): number | null {
  if (typeof value !== 'string' || value.length === 0 || value.length % 4 !== 0 || !BASE64.test(value)) return null;
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  return (value.length / 4) * 3 - padding;
}

/** True when `value` has the exact shape of a sealed payload (and so cannot be a clear identity). */
export function isSealedPayload(value: unknown): value is SealedPayload {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v).sort().join(',');
  return (
    keys === 'alg,ciphertext,iv,tag,v' &&
    v['v'] === 1 &&
    v['alg'] === 'AES-256-GCM' &&
    base64Length(v['iv']) === 12 &&
    base64Length(v['tag']) === 16 &&
    (base64Length(v['ciphertext']) ?? 0) > 0
  );
}

/** True when `value` is a key id plus a sealed payload, and nothing else. */
export function isProtectedIdentityRef(value: unknown): value is ProtectedIdentityRef {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Object.keys(v).sort().join(',') === 'keyId,sealed' &&
    typeof v['keyId'] === 'string' &&
    v['keyId'].trim().length > 0 &&
    isSealedPayload(v['sealed'])
  );
}

/**
 * Free text about a person (a reason, vetting notes, an injury's description) sealed with that person's data key,
 * bound to it as text (it cannot pass for an identity): erasing the key erases the text with the identity.
 */
export type SealedText = ProtectedIdentityRef;

/**
 * What events and commands carry where they hold free text about a member: the text sealed with the member's key, or
 * clear text — recorded before texts were sealed, or written by Muster itself (never a person's words about them).
 */
export type PersonalText = string | SealedText;

/** True when free text is sealed (and so readable only with the member's data key). */
export const isSealedText = (text: PersonalText): text is SealedText => typeof text !== 'string';
