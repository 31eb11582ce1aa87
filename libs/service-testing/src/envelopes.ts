import { randomUUID } from 'node:crypto';
import { Partitioners } from 'kafkajs';
import { EventEnvelope, ServiceName, topicOf } from '@muster/contracts';
import { testKafka } from '@muster/testing';

/** Another service's event as it arrives on that service's topic (hash and positions are not checked by consumers). */
export function envelopeOf(source: ServiceName, type: string, streamId: string, data: object): EventEnvelope {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
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

/** Produces envelopes to the real broker, on their source's topic, keyed by stream id, in order. */
export async function publish(...envelopes: EventEnvelope[]): Promise<void> {
  const kafka = testKafka('muster-spec');
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
