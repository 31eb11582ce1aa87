import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MemberDeparted, MemberKilledInLineOfDuty } from '@muster/contracts';
import { envelopeOf, makeCentresKnown, publish, startTestService, TestService } from '@muster/service-testing';
import { waitFor } from '@muster/testing';
import { AppModule, equipmentService } from '../src/app.module';

describe('recovering what a member held when they were killed or left, over the real broker', () => {
  let service: TestService;
  let logistics: string;
  const [centreA, centreB] = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    service = await startTestService(AppModule, equipmentService);
    await makeCentresKnown(service, centreA, centreB);
    logistics = await service.auth(['logistics']);
  });
  afterAll(async () => service?.close());

  const sql = () => service.app.get(DataSource);
  const handled = (envelope: { id: string }) =>
    waitFor(
      async () => (await sql().query(`SELECT 1 FROM inbox WHERE event_id = $1`, [envelope.id])).length > 0,
      45_000,
      `envelope ${envelope.id} handled`,
    );
  const registerItem = async (body: object) =>
    (
      await service
        .http()
        .post('/items')
        .set('Authorization', logistics)
        .send({ centreId: centreA, acquiredOn: '2025-01-01', ...body })
        .expect(201)
    ).body.id as string;
  const act = (itemId: string, route: string, body: object) =>
    service.http().post(`/items/${itemId}/${route}`).set('Authorization', logistics).send(body).expect(200);
  const recoveriesOf = async (memberId: string, token = logistics, status = 'open') =>
    (await service.http().get('/recoveries').query({ memberId, status }).set('Authorization', token).expect(200)).body
      .items;
  const killed = (memberId: string) =>
    envelopeOf('personnel', MemberKilledInLineOfDuty.type, `member-${memberId}`, {
      diedOn: '2026-01-14',
      centreId: centreA,
      roles: ['rescuer'],
    });

  it('opens one recovery for everything a killed member held, shown to their commander, HR and logistics until all is accounted for', async () => {
    const memberId = randomUUID();
    const member = { kind: 'member', id: memberId };
    const camera = await registerItem({ type: 'helmet-camera', description: 'Helmet camera', serialNumber: 'HC-7' });
    const masks = await registerItem({ type: 'consumable', description: 'FFP3 masks', quantity: 100, unit: 'pieces' });
    const someoneElses = await registerItem({ type: 'radio', description: 'Motorola radio', serialNumber: 'R-1' });
    await act(camera, 'issue', { holder: member, quantity: 1, issuedOn: '2025-06-01' });
    await act(masks, 'issue', { holder: member, quantity: 10, issuedOn: '2025-06-01' });
    await act(someoneElses, 'issue', {
      holder: { kind: 'member', id: randomUUID() },
      quantity: 1,
      issuedOn: '2025-06-01',
    });

    // Delivered twice (a redelivery), then published again under a new event id (a producer's retry): one recovery.
    const death = killed(memberId);
    const again = { ...death, id: randomUUID() };
    await publish(death, death, again);
    await handled(again);

    const [recovery] = await recoveriesOf(memberId);
    expect(await recoveriesOf(memberId)).toHaveLength(1);
    expect(recovery).toMatchObject({
      memberId,
      cause: 'killed-in-line-of-duty',
      centreId: centreA,
      occurredOn: '2026-01-14',
      status: 'open',
      items: expect.arrayContaining([
        { itemId: camera, centreId: centreA, quantity: 1, outstanding: 1, returned: 0, writtenOff: 0 },
        { itemId: masks, centreId: centreA, quantity: 10, outstanding: 10, returned: 0, writtenOff: 0 },
      ]),
    });
    expect(recovery.items).toHaveLength(2);
    const stream = await service
      .http()
      .get(`/audit/streams/recovery-${recovery.recoveryId}`)
      .set('Authorization', await service.auth(['auditor']))
      .expect(200);
    expect(stream.body.events.map((e: { type: string }) => e.type)).toEqual(['RecoveryOpened']);

    // Who sees it: the centre's commander, HR, auditors; not another centre's commander, not training.
    expect(await recoveriesOf(memberId, await service.auth(['commander'], { centres: [centreA] }))).toHaveLength(1);
    expect(await recoveriesOf(memberId, await service.auth(['hr']))).toHaveLength(1);
    expect(await recoveriesOf(memberId, await service.auth(['commander'], { centres: [centreB] }))).toHaveLength(0);
    await service
      .http()
      .get('/recoveries')
      .set('Authorization', await service.auth(['training']))
      .expect(403);
    const otherCommander = await service.auth(['commander'], { centres: [centreB] });
    expect(
      (await service.http().get(`/recoveries/${recovery.recoveryId}`).set('Authorization', otherCommander).expect(404))
        .body.code,
    ).toBe('RECOVERY_NOT_FOUND');

    // The camera comes back; the masks are written off: each line settles, then the recovery is complete.
    await act(camera, 'return', { holder: member, quantity: 1, returnedOn: '2026-01-15', condition: 'good' });
    await waitFor(
      async () => (await recoveriesOf(memberId))[0]?.items.some((i: { outstanding: number }) => i.outstanding === 0),
      30_000,
      'the camera settled in the recovery',
    );
    expect((await recoveriesOf(memberId))[0].status).toBe('open');
    await act(masks, 'write-off', {
      holder: member,
      quantity: 10,
      reason: 'not-recovered',
      evidenceRef: 'Incident report INC-2026-0114',
      writtenOffOn: '2026-01-15',
    });
    await waitFor(
      async () => (await recoveriesOf(memberId, logistics, 'complete')).length === 1,
      30_000,
      'the recovery complete',
    );
    const [complete] = await recoveriesOf(memberId, logistics, 'complete');
    expect(complete.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ itemId: camera, outstanding: 0, returned: 1 }),
        expect.objectContaining({ itemId: masks, outstanding: 0, writtenOff: 10 }),
      ]),
    );
    expect(await recoveriesOf(memberId)).toEqual([]);
  });

  it('opens a departed member’s recovery (complete at once when they held nothing); a later death adds nothing', async () => {
    const memberId = randomUUID();
    const departure = envelopeOf('personnel', MemberDeparted.type, `member-${memberId}`, {
      departedOn: '2026-01-10',
      reason: 'resigned',
    });
    const death = killed(memberId);
    await publish(departure, death);
    await handled(death);
    const [recovery] = await recoveriesOf(memberId, logistics, 'complete');
    expect(recovery).toMatchObject({ cause: 'departed', centreId: null, items: [], status: 'complete' });
    expect(await recoveriesOf(memberId)).toEqual([]);
  });
});
