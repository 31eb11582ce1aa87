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

/** The projection as an inline read model: applied in the append's transaction, event by event. */
export function inlineProjection<E extends DomainEvent, T extends E['type'] = E['type']>(
  projection: Projection<E, T>,
): AppendHook {
  return {
    name: projection.name,
    async onAppended(events, tx) {
      for (const event of events) await applyIfHandled(projection, event, tx);
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
