import { DomainEvent, RecordedEvent } from './event';
import { EventCatalogue, RecordedOf } from './event-catalogue';

/**
 * Events as the store hands them to a read model, for specs: appended one by one to one stream of the catalogue by
 * this actor at this instant, then narrowed by the catalogue as a projection receives them.
 */
export function recordedStream<E extends DomainEvent>(
  catalogue: EventCatalogue<E>,
  id: string,
  events: readonly E[],
  by: { readonly actorId: string; readonly actorRoles: readonly string[]; readonly at: string },
): RecordedOf<E>[] {
  return events.flatMap((event, i) => {
    const stored: RecordedEvent = {
      ...event,
      id: `event-${i + 1}`,
      streamId: catalogue.streamId(id),
      streamType: catalogue.streamType,
      streamVersion: i + 1,
      globalPosition: String(i + 1),
      schemaVersion: catalogue.schemaVersions[event.type as E['type']],
      metadata: { actorId: by.actorId, actorRoles: by.actorRoles, correlationId: 'c-1' },
      occurredAt: by.at,
      recordedAt: by.at,
      hash: 'h',
      previousHash: null,
    };
    return catalogue.narrow(stored) ?? [];
  });
}
