import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** What an event's content hash covers: its identity and everything it says, as stored (before any upcasting). */
export interface HashedEventContent {
  readonly id: string;
  readonly streamId: string;
  readonly streamType: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: object;
  /** The event's metadata as stored (a plain object: this lib may not know @muster/event-sourcing's type). */
  readonly metadata: object;
  /** ISO-8601 with milliseconds, as Date.toISOString() writes it. */
  readonly occurredAt: string;
}

/** Lowercase hex SHA-256 of the text's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

export function contentHash(event: HashedEventContent): string {
  const { id, streamId, streamType, type, schemaVersion, data, metadata, occurredAt } = event;
  return sha256Hex(canonicalJson({ id, streamId, streamType, type, schemaVersion, data, metadata, occurredAt }));
}

/**
 * The chain link, also computed by the append function in SQL (keep both in step): the stream version is inside the
 * hash so that a moved row is detected, the previous hash so that a removed or inserted row is.
 */
export function chainHash(previousHash: string | null, streamVersion: number, eventContentHash: string): string {
  return sha256Hex(`${previousHash ?? ''}|${streamVersion}|${eventContentHash}`);
}
