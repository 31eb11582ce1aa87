import { Static, Type } from '@sinclair/typebox';
import { ROLES } from './roles';
import { OneOf, Timestamp, Uuid } from './schemas';

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

/**
 * `muster.<service>.log`: every event the service stores (published or not), in log order, as its signed Merkle tree
 * covers them; one partition. Read by the witness and auditors only (docs/audit.md).
 */
export function logTopicOf(service: ServiceName): string {
  return `muster.${service}.log`;
}

/** `muster.<service>.checkpoints`: the service's signed tree heads, each with its proof from the previous one. */
export function checkpointTopicOf(service: ServiceName): string {
  return `muster.${service}.checkpoints`;
}

/** Where the witness publishes its countersignatures of the services' checkpoints. */
export const COSIGNATURE_TOPIC = 'muster.witness.cosignatures';

/** A service's log is named `muster/<service>` in its entries, checkpoints and keys (docs/audit.md). */
export function logNameOf(service: ServiceName): string {
  return `muster/${service}`;
}

/** The witness's name in its countersignatures and in the public-keys JSON beside the services' keys. */
export const WITNESS_NAME = 'muster-witness';

/** Where the witness listens by default (its health, alerts and countersignatures). */
export const WITNESS_PORT = 3009;

/**
 * Whose topics each service consumes. The broker grants each service's Kafka user exactly these reads (and the
 * writes to their dead-letter topics); every service's spec checks that its definition consumes no other.
 */
export const CONSUMES: Readonly<Record<ServiceName, readonly ServiceName[]>> = {
  personnel: ['training', 'centres'],
  centres: ['personnel', 'equipment', 'training'],
  equipment: ['centres', 'personnel'],
  training: ['personnel', 'centres'],
};

/** Where a consumer sends what it could not handle after its retries. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}

const SHA256_HEX = '^[0-9a-f]{64}$';

/**
 * The integration contract: what every Muster event looks like on Kafka (JSON value, key = streamId), as a schema.
 * docs/asyncapi.yaml's `Envelope` is generated from it. Never carries personal identity data in clear.
 */
export const EventEnvelopeSchema = Type.Object(
  {
    id: Uuid({ description: "the event's id; the deduplication key" }),
    type: Type.String({
      minLength: 1,
      description:
        'permanent event type name, e.g. `MemberTransferred`; the per-type data shapes are in docs/events.md',
    }),
    schemaVersion: Type.Integer({ minimum: 1, description: "version of `data`'s shape for this type" }),
    streamId: Type.String({ minLength: 1, description: '`<aggregate>-<uuid>`, also the Kafka key' }),
    streamType: Type.String({ minLength: 1, description: 'the aggregate: `member`, `crewintake`, `centre`, …' }),
    streamVersion: Type.Integer({ minimum: 1, description: '1-based, gapless position in the stream' }),
    globalPosition: Type.String({ pattern: '^[0-9]+$', description: "position in the service's store (a bigint)" }),
    occurredAt: Timestamp({ description: 'when it happened in the world' }),
    recordedAt: Timestamp({ description: 'when Muster recorded it' }),
    source: OneOf(SERVICES, { description: 'the publishing service' }),
    data: Type.Object({}, { description: "the event's facts (per type)" }),
    metadata: Type.Object({
      actorId: Type.String({ description: 'who did it (token subject)' }),
      actorRoles: Type.Array(OneOf(ROLES), { description: 'the roles they acted with' }),
      correlationId: Type.String({ description: 'the business operation (from `X-Correlation-Id` or the request id)' }),
      causationId: Type.Union([Type.String(), Type.Null()], {
        description: 'what caused it (`X-Causation-Id`, or the consumed event)',
      }),
      reason: Type.Union([Type.String(), Type.Null()], { description: 'why, as the person gave it' }),
    }),
    hash: Type.String({
      pattern: SHA256_HEX,
      description: "SHA-256 chained over the previous event's hash, the version and the canonical event content",
    }),
    previousHash: Type.Union([Type.String({ pattern: SHA256_HEX }), Type.Null()], {
      description: "the previous event's hash in the stream (null for the first)",
    }),
  },
  { description: 'A recorded Muster event: the Kafka message value (JSON); key = streamId.' },
);

/** Envelopes are recorded facts: consumers read them and never change them, so every level is readonly. */
type Recorded<T> = T extends readonly (infer Item)[]
  ? readonly Recorded<Item>[]
  : T extends object
    ? { readonly [K in keyof T]: Recorded<T[K]> }
    : T;

/** An envelope whose `data` has the shape `Data` (a consumer narrows it with its contract's `parse`). */
export type EventEnvelope<Data extends object = object> = Recorded<Omit<Static<typeof EventEnvelopeSchema>, 'data'>> & {
  readonly data: Data;
};

/** Kafka headers on every published event, so consumers can route without parsing the value. */
export const EVENT_HEADERS = {
  eventId: 'muster-event-id',
  eventType: 'muster-event-type',
  correlationId: 'muster-correlation-id',
} as const;
