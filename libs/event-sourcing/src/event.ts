/** A domain event as a decider produces it: a permanent type name and plain JSON data. */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

/** What travels beside an event's data: who did it, why, and which business operation it belongs to. */
export interface EventMetadata {
  readonly actorId: string;
  readonly actorRoles: readonly string[];
  readonly correlationId: string;
  readonly causationId?: string;
  readonly commandId?: string;
  readonly reason?: string;
}

/** An event as stored: position in its stream and in the store, its schema version, and its place in the hash chain. */
export interface RecordedEvent<E extends DomainEvent = DomainEvent> {
  readonly id: string;
  readonly streamId: string;
  readonly streamType: string;
  readonly streamVersion: number;
  /** bigint as a decimal string: JSON-safe beyond 2^53. */
  readonly globalPosition: string;
  readonly type: E['type'];
  readonly schemaVersion: number;
  readonly data: E['data'];
  readonly metadata: EventMetadata;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly hash: string;
  readonly previousHash: string | null;
}

/** `<aggregate>-<uuid>`: the part before the first dash names the stream type. */
export function streamTypeOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash > 0 ? streamId.slice(0, dash) : streamId;
}
