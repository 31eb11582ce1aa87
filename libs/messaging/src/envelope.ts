import { EVENT_HEADERS, EventEnvelope, ServiceName } from '@muster/contracts';
import { RecordedEvent } from '@muster/event-sourcing';

/** A stored event as the integration contract publishes it: every field explicit, absent metadata as null. */
export function toEnvelope(recorded: RecordedEvent, source: ServiceName): EventEnvelope {
  const { metadata } = recorded;
  return {
    id: recorded.id,
    type: recorded.type,
    schemaVersion: recorded.schemaVersion,
    streamId: recorded.streamId,
    streamType: recorded.streamType,
    streamVersion: recorded.streamVersion,
    globalPosition: recorded.globalPosition,
    occurredAt: recorded.occurredAt,
    recordedAt: recorded.recordedAt,
    source,
    data: recorded.data,
    metadata: {
      actorId: metadata.actorId,
      actorRoles: [...metadata.actorRoles],
      correlationId: metadata.correlationId,
      causationId: metadata.causationId ?? null,
      reason: metadata.reason ?? null,
    },
    hash: recorded.hash,
    previousHash: recorded.previousHash,
  };
}

/** Kafka headers for an envelope, so consumers can route and trace without parsing the value. */
export function envelopeHeaders(envelope: EventEnvelope): Record<string, string> {
  return {
    [EVENT_HEADERS.eventId]: envelope.id,
    [EVENT_HEADERS.eventType]: envelope.type,
    [EVENT_HEADERS.correlationId]: envelope.metadata.correlationId,
  };
}
