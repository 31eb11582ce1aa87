import { randomUUID } from 'node:crypto';
import { CentreBaseTransferCompleted } from '@muster/contracts';
import { envelopeOf, knownCentre, publish, startTestService, TestService } from '@muster/service-testing';
import { waitFor } from '@muster/testing';
import { DataSource } from 'typeorm';
import { AppModule, personnelService } from '../src/app.module';
import { activeMember } from './support';

describe('events from the centres service', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(AppModule, personnelService);
  });
  afterAll(async () => service?.close());

  it('moves the members listed in a CentreBaseTransferCompleted, skipping those who cannot move, once per event', async () => {
    const from = await knownCentre(service);
    // Centres' topics do not wait for each other: the destination's registration may not have reached personnel yet.
    // The move follows centres' decision all the same (only people's requests are checked against known centres).
    const to = randomUUID();
    const a = await activeMember(service, from);
    const b = await activeMember(service, from);
    const unknown = randomUUID();
    const transferId = randomUUID();
    const hr = await service.auth(['hr']);
    expect((await service.http().get(`/known-centres/${to}`).set('Authorization', hr).expect(404)).body.code).toBe(
      'UNKNOWN_CENTRE',
    );
    const centreOf = async (id: string) =>
      (await service.http().get(`/members/${id}`).set('Authorization', hr).expect(200)).body.centreId as string;
    const transfer = envelopeOf('centres', CentreBaseTransferCompleted.type, `basetransfer-${transferId}`, {
      transferId,
      fromCentreId: from,
      toCentreId: to,
      memberIds: [unknown, a.id, b.id],
      effectiveOn: '2025-06-01',
    });
    // Delivered twice (a redelivery): each member still moves once.
    await publish(transfer, transfer);
    await waitFor(
      async () => (await centreOf(a.id)) === to && (await centreOf(b.id)) === to,
      45_000,
      'both members moved',
    );
    const timeline = await service.http().get(`/members/${a.id}/timeline`).set('Authorization', hr).expect(200);
    const transfers = timeline.body.entries.filter((e: { type: string }) => e.type === 'MemberTransferred');
    expect(transfers).toHaveLength(1);
    expect(transfers[0]).toMatchObject({
      actorId: 'centres-officer-1',
      reason: `Centre base transfer ${transferId}`,
    });
    // The member nobody knows is a recorded refusal, not a poison message.
    const refusals = await service.app
      .get(DataSource)
      .query(`SELECT code FROM reaction_refusals WHERE stream_id = $1`, [`member-${unknown}`]);
    expect(refusals).toEqual([{ code: 'MEMBER_NOT_FOUND' }]);
    // A forged (or replayed under a new id) transfer from a centre they are no longer at moves nobody.
    const elsewhere = randomUUID();
    const forged = envelopeOf('centres', CentreBaseTransferCompleted.type, `basetransfer-${randomUUID()}`, {
      transferId: randomUUID(),
      fromCentreId: from,
      toCentreId: elsewhere,
      memberIds: [a.id],
      effectiveOn: '2025-07-01',
    });
    await publish(forged);
    await waitFor(
      async () =>
        (
          await service.app
            .get(DataSource)
            .query(`SELECT 1 FROM reaction_refusals WHERE stream_id = $1 AND code = 'MEMBER_NOT_AT_CENTRE'`, [
              `member-${a.id}`,
            ])
        ).length === 1,
      45_000,
      'the forged transfer refused',
    );
    expect(await centreOf(a.id)).toBe(to);
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
