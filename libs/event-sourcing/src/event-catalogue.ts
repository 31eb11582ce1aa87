import { DomainEvent, RecordedEvent } from './event';

/**
 * Lifts stored data of `type` at schema version `fromVersion` to `fromVersion + 1`. Stored events are never edited:
 * a changed payload gets a new version and an upcaster, applied on every read.
 */
export interface Upcaster<From extends object = object, To extends object = object> {
  readonly type: string;
  readonly fromVersion: number;
  upcast(data: From): To;
}

/** One RecordedEvent per member of the union, so that `switch (event.type)` narrows `event.data`. */
export type RecordedOf<E extends DomainEvent> = E extends DomainEvent ? RecordedEvent<E> : never;

/** The members of the union `E` whose type is one of `T`. */
export type EventOfType<E extends DomainEvent, T extends E['type']> = Extract<E, { type: T }>;

export interface EventCatalogueDefinition<E extends DomainEvent> {
  /** The part of the stream id before the first dash (`member` for `member-<uuid>`). */
  readonly streamType: string;
  /** The version each type is written with: every type of the union must be listed (a missing one fails to compile). */
  readonly schemaVersions: Readonly<Record<E['type'], number>>;
  /** For each type at version v: one upcaster from each of the versions 1 … v-1. */
  readonly upcasters: readonly Upcaster[];
  /** false: kept in the service's store and audit API but never put on its topic (audit trails about people). */
  readonly published?: boolean;
}

/** A stream type's events: what is stored, at which schema versions, and how a stored event becomes a typed one. */
export interface EventCatalogue<E extends DomainEvent = DomainEvent> extends EventCatalogueDefinition<E> {
  /** `<streamType>-<id>`: the one place a stream id of this type is made. */
  streamId(id: string): string;
  /** The id part of one of this type's stream ids. */
  idOf(streamId: string): string;
  /**
   * The recorded event as one of this catalogue's events (of the given types only, when `only` is passed), or
   * undefined when it belongs to another stream type or is not one of them. Throws when the event is of one of
   * them but at another schema version than declared: its data would not have the declared shape.
   */
  narrow<T extends E['type'] = E['type']>(
    recorded: RecordedEvent,
    only?: readonly T[],
  ): RecordedOf<EventOfType<E, T>> | undefined;
}

/**
 * Declares a stream type's catalogue. Throws when an upcaster is for a type the catalogue does not have, or when a
 * type's upcasters do not lift every older version to the one it is written with (the store writes new events at
 * the version the upcasters lead to, so the two must agree).
 */
export function defineEventCatalogue<E extends DomainEvent>(
  definition: EventCatalogueDefinition<E>,
): EventCatalogue<E> {
  const { streamType, schemaVersions, upcasters } = definition;
  const versions = new Map<string, number>(Object.entries(schemaVersions));
  for (const [type, version] of versions) {
    if (!Number.isInteger(version) || version < 1) {
      throw new Error(`${streamType} catalogue: ${type} has schema version ${version}, not a whole number >= 1`);
    }
    const from = upcasters
      .filter((upcaster) => upcaster.type === type)
      .map((upcaster) => upcaster.fromVersion)
      .sort((a, b) => a - b);
    if (from.length !== version - 1 || from.some((fromVersion, i) => fromVersion !== i + 1)) {
      throw new Error(
        `${streamType} catalogue: ${type} is written at schema version ${version}, so it needs one upcaster from ` +
          `each version below it; it has upcasters from [${from.join(', ')}]`,
      );
    }
  }
  const stranger = upcasters.find((upcaster) => !versions.has(upcaster.type));
  if (stranger) throw new Error(`${streamType} catalogue: an upcaster for ${stranger.type}, which it does not hold`);

  const prefix = `${streamType}-`;
  return {
    ...definition,
    streamId: (id) => `${prefix}${id}`,
    idOf: (id) => (id.startsWith(prefix) ? id.slice(prefix.length) : id),
    narrow<T extends E['type'] = E['type']>(
      recorded: RecordedEvent,
      only?: readonly T[],
    ): RecordedOf<EventOfType<E, T>> | undefined {
      const version = recorded.streamType === streamType ? versions.get(recorded.type) : undefined;
      if (version === undefined || (only && !only.some((type) => type === recorded.type))) return undefined;
      if (recorded.schemaVersion !== version) {
        throw new Error(
          `${recorded.type} ${recorded.id} of ${recorded.streamId} reads at schema version ${recorded.schemaVersion}, ` +
            `but the ${streamType} catalogue declares ${version} (are its upcasters given to the store?)`,
        );
      }
      // The one unchecked step from stored to typed: the stream type, the type string and the schema version are
      // the catalogue's, and data read at a declared version has that type's declared shape.
      return recorded as RecordedOf<EventOfType<E, T>>;
    },
  };
}
