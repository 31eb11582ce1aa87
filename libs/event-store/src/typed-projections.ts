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
 * A read model that applies events together — inline, those of one append (one stream's, or many streams' in a
 * multi-stream append, each stream's in order); after commit, a catch-up batch's in global order — so that a batch
 * costs it a few set-wise statements, not some per event.
 */
export interface BatchedProjection<E extends DomainEvent, T extends E['type'] = E['type']> {
  readonly name: string;
  readonly catalogue: EventCatalogue<E>;
  readonly handles?: readonly T[];
  /** Called once per append (or catch-up batch) that has any handled event, with those events already narrowed. */
  applyAll(events: readonly RecordedOf<EventOfType<E, T>>[], tx: SqlTransaction): Promise<void>;
}

/** Applies the events the projection handles: one after another, or all together. */
async function applyHandled<E extends DomainEvent, T extends E['type']>(
  projection: Projection<E, T> | BatchedProjection<E, T>,
  events: readonly RecordedEvent[],
  tx: SqlTransaction,
): Promise<void> {
  if ('apply' in projection) {
    for (const event of events) await applyIfHandled(projection, event, tx);
    return;
  }
  const handled = events.flatMap((event) => projection.catalogue.narrow(event, projection.handles) ?? []);
  if (handled.length > 0) await projection.applyAll(handled, tx);
}

/** The projection as an inline read model: applied in the append's transaction, event by event or all together. */
export function inlineProjection<E extends DomainEvent, T extends E['type'] = E['type']>(
  projection: Projection<E, T> | BatchedProjection<E, T>,
): AppendHook {
  return {
    name: projection.name,
    onAppended: (events, tx) => applyHandled(projection, events, tx),
  };
}

/**
 * The projection as a catch-up read model, fed from the global order after commit (see CatchUpProjectionRunner):
 * event by event, or a batch of the runner's at a time.
 */
export function catchUpProjection<E extends DomainEvent, T extends E['type'] = E['type']>(
  projection: (Projection<E, T> | BatchedProjection<E, T>) & Pick<CatchUpProjection, 'reset'>,
): CatchUpProjection {
  return {
    name: projection.name,
    handles: projection.handles ?? Object.keys(projection.catalogue.schemaVersions),
    applyAll: (events, tx) => applyHandled(projection, events, tx),
    reset: (tx) => projection.reset(tx),
  };
}
