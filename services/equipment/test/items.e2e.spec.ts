import { randomUUID } from 'node:crypto';
import { makeCentresKnown, startTestService, TestService } from '@muster/service-testing';
import { AppModule, equipmentService } from '../src/app.module';
import { recordDonor } from './vehicle-support';

describe('equipment items through the API', () => {
  let service: TestService;
  let logistics: string;
  const [centreA, centreB] = [randomUUID(), randomUUID()];
  const member = { kind: 'member', id: randomUUID() };

  beforeAll(async () => {
    service = await startTestService(AppModule, equipmentService);
    await makeCentresKnown(service, centreA, centreB);
    logistics = await service.auth(['logistics']);
  });
  afterAll(async () => service?.close());

  const spreader = {
    type: 'hydraulic-rescue-tool',
    description: 'Holmatro spreader SP 4260',
    serialNumber: 'HOL-4260-0091',
    centreId: centreA,
    acquiredOn: '2024-06-01',
  };
  const register = (body: object, token = logistics) =>
    service.http().post('/items').set('Authorization', token).send(body);
  const act = (itemId: string, route: string, body: object, token = logistics) =>
    service.http().post(`/items/${itemId}/${route}`).set('Authorization', token).send(body);
  const item = async (itemId: string, token = logistics) =>
    (await service.http().get(`/items/${itemId}`).set('Authorization', token).expect(200)).body;

  it('registers a serial item with its donor and a counted consumable (201)', async () => {
    const donorId = await recordDonor(service);
    const tool = await register({ ...spreader, donorId }).expect(201);
    expect(await item(tool.body.id)).toMatchObject({
      itemType: 'hydraulic-rescue-tool',
      serialNumber: 'HOL-4260-0091',
      donorId,
      centreId: centreA,
      quantity: 1,
      inStock: 1,
      holdings: [],
      writtenOff: null,
    });
    const masks = await register(
      {
        type: 'consumable',
        description: 'FFP3 masks',
        quantity: 200,
        unit: 'pieces',
        centreId: centreA,
        acquiredOn: '2025-01-01',
      },
      await service.auth(['admin']),
    ).expect(201);
    expect(await item(masks.body.id)).toMatchObject({
      serialNumber: null,
      quantity: 200,
      unit: 'pieces',
      inStock: 200,
    });
  });

  it('refuses bad input (400), broken rules (422) and other roles (403)', async () => {
    for (const body of [
      { ...spreader, type: 'tank' },
      { ...spreader, description: '' },
      { ...spreader, centreId: 'A' },
      { ...spreader, quantity: 0 },
      { ...spreader, acquiredOn: '2024-02-30' },
      { ...spreader, donorId: 'UNDP' },
    ]) {
      expect((await register(body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
    expect((await register({ ...spreader, quantity: 2 }).expect(422)).body.code).toBe('SERIAL_ITEM_IS_ONE');
    expect((await register({ ...spreader, serialNumber: null }).expect(422)).body.code).toBe(
      'CONSUMABLE_UNIT_REQUIRED',
    );
    expect((await register({ ...spreader, donorId: randomUUID() }).expect(422)).body.code).toBe('DONOR_UNKNOWN');
    expect((await register({ ...spreader, centreId: randomUUID() }).expect(422)).body.code).toBe('UNKNOWN_CENTRE');
    for (const roles of [['commander'], ['hr'], ['auditor']] as const) {
      const token = await service.auth(roles, { centres: [centreA] });
      expect((await register(spreader, token).expect(403)).body.code).toBe('AUTH_FORBIDDEN_ROLE');
    }
  });

  it('issues to a member, takes back damaged, records damage, writes off — each refused beyond what is there', async () => {
    const { body } = await register(spreader).expect(201);
    const id = body.id as string;
    await act(id, 'issue', { holder: member, quantity: 1, issuedOn: '2025-05-01' }).expect(200);
    expect(await item(id)).toMatchObject({ inStock: 0, holdings: [{ ...member, quantity: 1 }] });
    const kit = { kind: 'vehicle', id: randomUUID() };
    expect((await act(id, 'issue', { holder: kit, quantity: 1, issuedOn: '2025-05-02' }).expect(409)).body.code).toBe(
      'ITEM_NOT_IN_STOCK',
    );
    expect(
      (await act(id, 'return', { holder: kit, quantity: 1, returnedOn: '2025-05-03', condition: 'good' }).expect(409))
        .body.code,
    ).toBe('ITEM_NOT_HELD');
    await act(id, 'return', { holder: member, quantity: 1, returnedOn: '2025-05-03', condition: 'damaged' }).expect(
      200,
    );
    await act(id, 'damage', { description: 'Hose burst', occurredOn: '2025-05-03', incidentRef: 'INC-9' }).expect(200);
    expect(await item(id)).toMatchObject({ inStock: 1, holdings: [], damaged: true });
    await act(id, 'write-off', {
      quantity: 1,
      reason: 'beyond-repair',
      evidenceRef: 'Workshop report W-12',
      writtenOffOn: '2025-06-01',
    }).expect(200);
    expect(await item(id)).toMatchObject({ quantity: 0, inStock: 0, writtenOff: 'beyond-repair' });
    expect(
      (await act(id, 'issue', { holder: member, quantity: 1, issuedOn: '2025-06-02' }).expect(409)).body.code,
    ).toBe('ITEM_WRITTEN_OFF');
    for (const [route, bad] of [
      ['issue', { holder: { kind: 'friend', id: member.id }, quantity: 1, issuedOn: '2025-05-01' }],
      ['issue', { holder: member, quantity: 1.5, issuedOn: '2025-05-01' }],
      ['return', { holder: member, quantity: 1, returnedOn: '2025-05-03', condition: 'broken' }],
      ['write-off', { quantity: 1, reason: 'misplaced', evidenceRef: 'x', writtenOffOn: '2025-06-01' }],
    ] as const) {
      expect((await act(id, route, bad).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
    expect(
      (await act(randomUUID(), 'damage', { description: 'x', occurredOn: '2025-05-03' }).expect(404)).body.code,
    ).toBe('ITEM_NOT_FOUND');
    const commander = await service.auth(['commander'], { centres: [centreA] });
    expect(
      (await act(id, 'damage', { description: 'x', occurredOn: '2025-05-03' }, commander).expect(403)).body.code,
    ).toBe('AUTH_FORBIDDEN_ROLE');
  });

  it('lists what a member holds, and a centre’s items to its commander only', async () => {
    const { body } = await register({ ...spreader, serialNumber: 'HOL-2' }).expect(201);
    await act(body.id, 'issue', { holder: member, quantity: 1, issuedOn: '2025-05-01' }).expect(200);
    const held = await service
      .http()
      .get('/items')
      .query({ holderKind: 'member', holderId: member.id })
      .set('Authorization', logistics)
      .expect(200);
    expect(held.body.items.map((i: { itemId: string }) => i.itemId)).toEqual([body.id]);
    const commanderA = await service.auth(['commander'], { centres: [centreA] });
    const commanderB = await service.auth(['commander'], { centres: [centreB] });
    expect(
      (await service.http().get('/items').set('Authorization', commanderA).expect(200)).body.total,
    ).toBeGreaterThan(0);
    expect((await service.http().get('/items').set('Authorization', commanderB).expect(200)).body.total).toBe(0);
    expect((await service.http().get(`/items/${body.id}`).set('Authorization', commanderB).expect(404)).body.code).toBe(
      'ITEM_NOT_FOUND',
    );
    expect(
      (await service.http().get('/items').query({ centreId: centreA }).set('Authorization', commanderB).expect(403))
        .body.code,
    ).toBe('AUTH_CENTRE_SCOPE');
    await service
      .http()
      .get('/items')
      .set('Authorization', await service.auth(['hr']))
      .expect(403);
  });
});
