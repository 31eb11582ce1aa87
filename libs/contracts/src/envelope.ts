/** The services that publish events; each owns one topic. */
export const SERVICES = ['personnel', 'centres', 'equipment', 'training'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** Where each service listens by default: one place for the services, `npm start` and docker-compose's docs. */
export const SERVICE_PORTS: Readonly<Record<ServiceName, number>> = {
  personnel: 3001,
  centres: 3002,
  equipment: 3003,
  training: 3004,
};

/** `muster.<service>.events`: one topic per owning service, keyed by stream id (per-stream order). */
export function topicOf(service: ServiceName): string {
  return `muster.${service}.events`;
}

/** Where a consumer sends what it could not handle after its retries. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}

/**
 * The integration contract: what every Muster event looks like on Kafka (JSON value, key = streamId).
 * Never carries personal identity data in clear. Documented in docs/events.md.
 */
export interface EventEnvelope<Data extends object = object> {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamType: string;
  readonly streamVersion: number;
  readonly globalPosition: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly source: ServiceName;
  readonly data: Data;
  readonly metadata: {
    readonly actorId: string;
    readonly actorRoles: readonly string[];
    readonly correlationId: string;
    readonly causationId: string | null;
    readonly reason: string | null;
  };
  readonly hash: string;
  readonly previousHash: string | null;
}

/** Kafka headers on every published event, so consumers can route without parsing the value. */
export const EVENT_HEADERS = {
  eventId: 'muster-event-id',
  eventType: 'muster-event-type',
  correlationId: 'muster-correlation-id',
} as const;
