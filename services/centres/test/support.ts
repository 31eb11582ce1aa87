import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { ServiceName, topicOf } from '@muster/contracts';
import { TestService } from '@muster/service-testing';
import { kafkaBrokers } from '@muster/testing';

/** A centre as an admin registers it: every field, values unique to the call where they must be. */
export function centreBody(overrides: Record<string, unknown> = {}) {
  return {
    code: `IDL-${randomUUID().slice(0, 4).toUpperCase()}`,
    nameAr: 'مركز سراقب',
    nameEn: 'Saraqib Centre',
    governorate: 'Idlib',
    centreType: 'mixed',
    capacity: { people: 40, vehicleBays: 6 },
    powerSupply: 'generator',
    site: { address: 'Main road, Saraqib', coordinates: { latitude: 35.8617, longitude: 36.8011 } },
    ...overrides,
  };
}

/** Registers a centre (as an admin) and answers its id. */
export async function registerCentre(service: TestService, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await service
    .http()
    .post('/centres')
    .set('Authorization', await service.auth(['admin']))
    .send(centreBody(overrides))
    .expect(201);
  return res.body.id as string;
}

/** An event of another service as it arrives on that service's topic (hash and positions are not checked here). */
export function envelopeOf(source: ServiceName, type: string, streamId: string, data: object, id = randomUUID()) {
  const now = new Date().toISOString();
  return {
    id,
    type,
    schemaVersion: 1,
    streamId,
    streamType: streamId.slice(0, streamId.indexOf('-')),
    streamVersion: 1,
    globalPosition: '1',
    occurredAt: now,
    recordedAt: now,
    source,
    data,
    metadata: {
      actorId: `${source}-officer-1`,
      actorRoles: ['logistics'],
      correlationId: randomUUID(),
      causationId: null,
      reason: null,
    },
    hash: 'x'.repeat(64),
    previousHash: null,
  };
}

export type Envelope = ReturnType<typeof envelopeOf>;

/** Equipment's VehicleArrived for a vehicle moving on a base transfer. */
export function vehicleArrived(transferId: string, vehicleId: string, centreId: string): Envelope {
  return envelopeOf('equipment', 'VehicleArrived', `vehicle-${vehicleId}`, {
    vehicleId,
    moveId: randomUUID(),
    centreId,
    transferId,
    arrivedAt: new Date().toISOString(),
  });
}

/** Equipment's VehicleTransferDeclined: the vehicle cannot go with the transfer. */
export function vehicleDeclined(transferId: string, vehicleId: string, reasonCode = 'WRITTEN_OFF'): Envelope {
  return envelopeOf('equipment', 'VehicleTransferDeclined', `vehicle-${vehicleId}`, {
    vehicleId,
    transferId,
    reasonCode,
  });
}

/** Produces envelopes to the real broker, on their source's topic, keyed by stream id. */
export async function publish(...envelopes: Envelope[]): Promise<void> {
  const kafka = new Kafka({ clientId: 'centres-spec', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    for (const e of envelopes) {
      await producer.send({ topic: topicOf(e.source), messages: [{ key: e.streamId, value: JSON.stringify(e) }] });
    }
  } finally {
    await producer.disconnect();
  }
}
