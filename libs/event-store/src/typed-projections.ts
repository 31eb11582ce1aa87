import { DomainEvent, EventCatalogue, EventOfType, RecordedEvent, RecordedOf } from '@muster/event-sourcing';
import { CatchUpProjection } from './catch-up-projections';
import { AppendHook, SqlTransaction } from './sql';

/** A read model over one stream type's events: the types it handles, and how it applies each of them. */
export interface Projection<E extends DomainEvent, T extends E['type'] = E['type']> {
  readonly name: string;
  readonly catalogue: EventCatalogue<E>;
  /** Absent: every type of the catalogue (a read model that follows the whole stream, e.g. to keep its version). */
  readonly handles?: readonly T[];
  /** Called for the handled types of the catalogue's stream type only, with the event already narrowed. */
  apply(event: RecordedOf<EventOfType<E, T>>, tx: SqlTransaction): Promise<void>;
}

function applyIfHandled<E extends DomainEvent, T extends E['type']>(
  projection: Projection<E, T>,
  recorded: RecordedEvent,
  tx: SqlTransaction,
): Promise<void> {
  const event = projection.catalogue.narrow(recorded, projection.handles);
  return event ? projection.apply(event, tx) : Promise.resolve();
}

/**
 * A read model that applies the events of one append together: those of one stream, or of many in a multi-stream
 * append (each stream's in order), so that a batch of appends costs it a few set-wise statements, not some per event.
 */
export interface BatchedProjection<E extends DomainEvent, T extends E['type'] = E['type']> {
  readonly name: string;
  readonly catalogue: EventCatalogue<E>;
  readonly handles?: readonly T[];
  /** Called once per append that has any handled event, with those events already narrowed. */
  applyAll(events: readonly RecordedOf<EventOfType<E, T>>[], tx: SqlTransaction): Promise<void>;
}

/** The projection as an inline read model: applied in the append's transaction, event by event or all together. */
export function inlineProjection<E extends DomainEvent, T extends E['type'] = E['type']>(
  projection: Projection<E, T> | BatchedProjection<E, T>,
): AppendHook {
  return {
    name: projection.name,
    async onAppended(events, tx) {
      if ('apply' in projection) {
        for (const event of events) await applyIfHandled(projection, event, tx);
        return;
      }
      const handled = events.flatMap((event) => projection.catalogue.narrow(event, projection.handles) ?? []);
      if (handled.length > 0) await projection.applyAll(handled, tx);
    },
  };
}

/** The projection as a catch-up read model, fed from the global order after commit (see CatchUpProjectionRunner). */
export function catchUpProjection<E extends DomainEvent, T extends E['type'] = E['type']>(
  projection: Projection<E, T> & Pick<CatchUpProjection, 'reset'>,
): CatchUpProjection {
  return {
    name: projection.name,
    handles: projection.handles ?? Object.keys(projection.catalogue.schemaVersions),
    apply: (event, tx) => applyIfHandled(projection, event, tx),
    reset: (tx) => projection.reset(tx),
  };
}
