import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { CentreBaseTransferCompleted, CentreBaseTransferCompletedData, topicOf } from '@muster/contracts';
import { kafkaBrokers } from '@muster/testing';
import { startTestService, TestService } from '@muster/service-testing';
import { AppModule, personnelService } from '../src/app.module';
import { activeMember } from './support';

function envelope(data: CentreBaseTransferCompletedData) {
  const id = randomUUID();
  return {
    id,
    type: CentreBaseTransferCompleted.type,
    schemaVersion: 1,
    streamId: `basetransfer-${data.transferId}`,
    streamType: 'basetransfer',
    streamVersion: 1,
    globalPosition: '1',
    occurredAt: new Date().toISOString(),
    recordedAt: new Date().toISOString(),
    source: 'centres',
    data,
    metadata: {
      actorId: 'logistics-officer-1',
      actorRoles: ['logistics'],
      correlationId: randomUUID(),
      causationId: null,
      reason: null,
    },
    hash: 'x',
    previousHash: null,
  };
}

describe('events from the centres service', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(AppModule, personnelService);
  });
  afterAll(async () => service?.close());

  it('moves the members listed in a CentreBaseTransferCompleted, skipping those who cannot move, once per event', async () => {
    const from = randomUUID();
    const to = randomUUID();
    const a = await activeMember(service, from);
    const b = await activeMember(service, from);
    const unknown = randomUUID();
    const transferId = randomUUID();
    const kafka = new Kafka({
      clientId: 'personnel-centres-spec',
      brokers: kafkaBrokers(),
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const hr = await service.auth(['hr']);
    const centreOf = async (id: string) =>
      (await service.http().get(`/members/${id}`).set('Authorization', hr).expect(200)).body.centreId as string;
    try {
      // Other test files on the shared broker may run personnel apps in the same consumer group (each with its own
      // database): an envelope that lands on one of them is skipped there. Resend (new envelope, new key, so possibly
      // another partition) until this app has handled one.
      const deadline = Date.now() + 45_000;
      let sent = 0;
      while ((await centreOf(a.id)) !== to || (await centreOf(b.id)) !== to) {
        if (Date.now() > deadline) throw new Error(`members not moved after ${sent} deliveries`);
        const message = envelope({
          transferId,
          fromCentreId: from,
          toCentreId: to,
          memberIds: [unknown, a.id, b.id],
          effectiveOn: '2025-06-01',
        });
        await producer.send({
          topic: topicOf('centres'),
          messages: [{ key: `${message.streamId}-${sent}`, value: JSON.stringify(message) }],
        });
        sent += 1;
        const waitUntil = Date.now() + 3000;
        while (Date.now() < waitUntil && (await centreOf(a.id)) !== to) await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      await producer.disconnect();
    }
    const timeline = await service.http().get(`/members/${a.id}/timeline`).set('Authorization', hr).expect(200);
    const transfers = timeline.body.entries.filter((e: { type: string }) => e.type === 'MemberTransferred');
    expect(transfers).toHaveLength(1);
    expect(transfers[0]).toMatchObject({
      actorId: 'logistics-officer-1',
      reason: `Centre base transfer ${transferId}`,
    });
    expect((await service.http().get('/health/ready').expect(200)).body.status).toBe('ok');
    // The service's own consumer reports what it handled.
    const metrics = await service
      .http()
      .get('/metrics')
      .set('Authorization', await service.auth(['admin']))
      .expect(200);
    expect(metrics.text).toMatch(/muster_consumer_messages_total\{[^}]*outcome="handled"[^}]*\} [1-9]/);
  });
});
