import { createHash } from 'node:crypto';

const NAMESPACE = 'muster';

/**
 * A UUID (version 5 layout, SHA-1 of the parts) that is the same every time for the same parts: lets a retried
 * operation land on the same stream instead of creating a twin (records created under an Idempotency-Key, members
 * made by a reaction).
 */
export function deterministicUuid(...parts: readonly string[]): string {
  const hash = createHash('sha1')
    .update([NAMESPACE, ...parts].join('\u0000'))
    .digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
