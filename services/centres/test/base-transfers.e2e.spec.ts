import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from '@muster/auth';
import { BaseTransferStarted, CentreBaseTransferCompleted, EventEnvelope, topicOf } from '@muster/contracts';
import { publish, startTestService, TestService } from '@muster/service-testing';
import { testKafka, waitFor } from '@muster/testing';
import { AppModule, centresService } from '../src/app.module';
import { registerCentre, vehicleArrived, vehicleDeclined } from './support';

const today = () => new Date().toISOString().slice(0, 10);

/** Reads the centres topic from its start until every wanted (type, transferId) is seen; answers their data. */
async function publishedOnKafka(wanted: readonly [type: string, transferId: string][]): Promise<Map<string, unknown>> {
  const kafka = testKafka('centres-spec-reader');
  const consumer = kafka.consumer({ groupId: `centres-spec-${randomUUID()}` });
  const found = new Map<string, unknown>();
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topicOf('centres')], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const envelope = JSON.parse(message.value?.toString() ?? '{}') as {
          type?: string;
          data?: { transferId?: string };
        };
        const match = wanted.find(([type, id]) => envelope.type === type && envelope.data?.transferId === id);
        if (match) found.set(match[0], envelope.data);
      },
    });
    await waitFor(() => found.size === wanted.length, 30_000, `${wanted.map(([t]) => t).join(', ')} on Kafka`);
    return found;
  } finally {
    await consumer.disconnect();
  }
}

describe('base transfers through the API and over the broker', () => {
  let service: TestService;
  let admin: string;
  let logistics: string;
  let from: string;
  let to: string;

  beforeAll(async () => {
    service = await startTestService(AppModule, centresService);
    admin = await service.auth(['admin']);
    logistics = await service.auth(['logistics']);
    from = await registerCentre(service, { code: 'IDL-07', nameEn: 'Idlib countryside' });
    to = await registerCentre(service, {
      code: 'ALP-09',
      governorate: 'Aleppo',
      status: 'planned',
      nameEn: 'Aleppo outpost',
    });
  });
  afterAll(async () => service?.close());

  const post = (path: string, body: object, token = logistics) =>
    service.http().post(path).set('Authorization', token).send(body);
  const get = (path: string, token = logistics) => service.http().get(path).set('Authorization', token);
  const commanderOf = (centreId: string) =>
    service.auth(['commander'], { centres: [centreId], sub: `cmd-${centreId}` });
  const plan = async (vehicleIds: string[], memberIds = [randomUUID(), randomUUID()]) =>
    (
      await post('/base-transfers', {
        fromCentreId: from,
        toCentreId: to,
        memberIds,
        vehicleIds,
        plannedOn: '2025-01-10',
        reason: 'The team moves into the former fire station in Aleppo',
      }).expect(201)
    ).body.id as string;
  const progress = async (id: string) => (await get(`/base-transfers/${id}`).expect(200)).body;
  const streamOf = async (id: string) =>
    (await get(`/audit/streams/basetransfer-${id}`, await service.auth(['auditor'])).expect(200)).body.events as {
      type: string;
      data: { vehicleId?: string };
    }[];
  /** Waits until this app's consumer has taken in every envelope (its inbox holds their ids). */
  const consumed = async (...envelopes: EventEnvelope[]) => {
    const db = service.app.get(DataSource);
    await waitFor(
      async () =>
        (await db.query(`SELECT 1 FROM inbox WHERE event_id = ANY($1::uuid[])`, [envelopes.map((e) => e.id)]))
          .length === new Set(envelopes.map((e) => e.id)).size,
      30_000,
      'the equipment events consumed',
    );
  };

  it('follows the vehicles equipment moves — one early, one twice, one declined — and completes on the receiving commander’s word', async () => {
    const [early, twice, declined] = [randomUUID(), randomUUID(), randomUUID()];
    const memberIds = [randomUUID(), randomUUID()];
    const id = await plan([early, twice, declined], memberIds);

    // A vehicle's arrival may reach centres before the transfer has even started: it is kept, and counts.
    await publish(vehicleArrived(id, early, to));
    await waitFor(async () => (await progress(id)).counts.arrived === 1, 30_000, 'the early arrival recorded');
    expect(await progress(id)).toMatchObject({ status: 'planned', version: 2 });

    await post(`/base-transfers/${id}/start`, { reason: 'Road open at dawn' }).set('If-Match', '"2"').expect(200);
    const outstanding = await post(
      `/base-transfers/${id}/confirmation`,
      { effectiveOn: today() },
      await commanderOf(to),
    ).expect(409);
    expect(outstanding.body).toMatchObject({
      code: 'BASE_TRANSFER_VEHICLES_OUTSTANDING',
      details: { vehicleIds: [twice, declined] },
    });

    // Equipment repeats itself: the same event redelivered, and the same arrival under another event id.
    const arrival = vehicleArrived(id, twice, to);
    const again = vehicleArrived(id, twice, to);
    const decline = vehicleDeclined(id, declined);
    await publish(arrival, arrival, again, decline);
    await consumed(arrival, again, decline);
    expect(await progress(id)).toMatchObject({
      status: 'started',
      counts: { awaited: 0, arrived: 2, withdrawn: 1 },
      vehicles: expect.arrayContaining([
        { vehicleId: declined, progress: 'withdrawn', arrivedAt: null, withdrawnFor: 'WRITTEN_OFF' },
      ]),
    });

    // Only the receiving centre's commander (or an admin) confirms.
    const confirm = (token: string) => post(`/base-transfers/${id}/confirmation`, { effectiveOn: today() }, token);
    expect((await confirm(await commanderOf(from)).expect(403)).body.code).toBe('BASE_TRANSFER_CONFIRMATION_FORBIDDEN');
    expect((await confirm(await commanderOf(randomUUID())).expect(404)).body.code).toBe('BASE_TRANSFER_NOT_FOUND');
    expect((await confirm(logistics).expect(403)).body.code).toBe('AUTH_FORBIDDEN_ROLE');
    await confirm(await commanderOf(to)).expect(200);
    expect(await progress(id)).toMatchObject({ status: 'completed', effectiveOn: today() });
    expect((await confirm(admin).expect(409)).body.code).toBe('BASE_TRANSFER_ALREADY_COMPLETED');

    const events = await streamOf(id);
    expect(events.map((e) => e.type).sort()).toEqual(
      [
        'BaseTransferPlanned',
        'BaseTransferVehicleArrived',
        'BaseTransferStarted',
        'BaseTransferVehicleArrived',
        'BaseTransferVehicleWithdrawn',
        'CentreBaseTransferCompleted',
      ].sort(),
    );
    const arrivals = events.filter((e) => e.type === 'BaseTransferVehicleArrived').map((e) => e.data.vehicleId);
    expect(arrivals.sort()).toEqual([early, twice].sort());

    // What personnel and equipment act on went out on the centres topic, as their contracts say.
    const onKafka = await publishedOnKafka([
      ['BaseTransferStarted', id],
      ['CentreBaseTransferCompleted', id],
    ]);
    expect(BaseTransferStarted.parse(onKafka.get('BaseTransferStarted'))).toMatchObject({
      fromCentreId: from,
      toCentreId: to,
      memberIds,
      vehicleIds: [early, twice, declined],
    });
    expect(CentreBaseTransferCompleted.parse(onKafka.get('CentreBaseTransferCompleted'))).toMatchObject({
      memberIds,
      effectiveOn: today(),
    });
  });

  it('cancels a started transfer: the vehicles sent go back, later news of them changes nothing', async () => {
    const [there, onTheRoad] = [randomUUID(), randomUUID()];
    const id = await plan([there, onTheRoad]);
    await post(`/base-transfers/${id}/start`, {}).expect(200);
    const arrival = vehicleArrived(id, there, to);
    await publish(arrival);
    await consumed(arrival);
    const cancelled = await post(`/base-transfers/${id}/cancellation`, { reason: 'Road cut by shelling' }).expect(200);
    expect(await progress(id)).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: 'Road cut by shelling', cancelledOn: today() },
    });
    const events = await streamOf(id);
    expect(events.at(-1)).toMatchObject({
      type: 'BaseTransferCancelled',
      data: { transferId: id, fromCentreId: from, vehicleIds: [there, onTheRoad] },
    });

    // The vehicles come back (equipment's moves still carry the transfer): nothing changes here.
    const back = [vehicleArrived(id, there, from), vehicleArrived(id, onTheRoad, to), vehicleDeclined(id, onTheRoad)];
    await publish(...back);
    await consumed(...back);
    expect(await progress(id)).toMatchObject({ version: cancelled.body.version, status: 'cancelled' });
    const db = service.app.get(DataSource);
    expect(await db.query(`SELECT code FROM reaction_refusals WHERE stream_id = $1`, [`basetransfer-${id}`])).toEqual(
      [],
    );
    expect(
      (await post(`/base-transfers/${id}/confirmation`, { effectiveOn: today() }, admin).expect(409)).body.code,
    ).toBe('BASE_TRANSFER_CANCELLED');
    expect((await post(`/base-transfers/${id}/cancellation`, { reason: 'again' }).expect(409)).body.code).toBe(
      'BASE_TRANSFER_CANCELLED',
    );
  });

  it('keeps news of a transfer it does not know, and records a refusal for a vehicle that is not in the plan', async () => {
    const unknown = randomUUID();
    const vehicle = randomUUID();
    const stray = vehicleArrived(unknown, vehicle, to);
    const id = await plan([randomUUID()]);
    const notInPlan = vehicleArrived(id, randomUUID(), to);
    await publish(stray, notInPlan);
    await consumed(stray, notInPlan);
    expect((await streamOf(unknown)).map((e) => [e.type, e.data.vehicleId])).toEqual([
      ['BaseTransferVehicleArrived', vehicle],
    ]);
    expect((await get(`/base-transfers/${unknown}`).expect(404)).body.code).toBe('BASE_TRANSFER_NOT_FOUND');
    const db = service.app.get(DataSource);
    expect(await db.query(`SELECT reaction, code FROM reaction_refusals WHERE event_id = $1`, [notInPlan.id])).toEqual([
      { reaction: 'base-transfer-vehicle-arrivals', code: 'VEHICLE_NOT_IN_TRANSFER' },
    ]);
    expect(await progress(id)).toMatchObject({ version: 1, counts: { arrived: 0, awaited: 1 } });
  });

  it('refuses a plan between unknown or identical centres, to a destroyed one, and bad input', async () => {
    const body = {
      fromCentreId: from,
      toCentreId: to,
      memberIds: [randomUUID()],
      vehicleIds: [],
      plannedOn: '2025-01-10',
      reason: 'Move',
    };
    expect((await post('/base-transfers', { ...body, toCentreId: randomUUID() }).expect(422)).body).toMatchObject({
      code: 'BASE_TRANSFER_CENTRE_UNKNOWN',
    });
    expect((await post('/base-transfers', { ...body, toCentreId: from }).expect(422)).body.code).toBe(
      'BASE_TRANSFER_SAME_CENTRE',
    );
    expect((await post('/base-transfers', { ...body, memberIds: [] }).expect(422)).body.code).toBe(
      'BASE_TRANSFER_EMPTY',
    );
    const rubble = await registerCentre(service);
    await post(
      `/centres/${rubble}/incidents`,
      { outcome: 'destroyed', cause: 'shelling', occurredOn: '2016-11-20', casualties: false, description: 'Levelled' },
      admin,
    ).expect(200);
    expect((await post('/base-transfers', { ...body, toCentreId: rubble }).expect(422)).body.code).toBe(
      'BASE_TRANSFER_DESTINATION_DESTROYED',
    );
    const member = randomUUID();
    for (const bad of [
      { ...body, fromCentreId: 'x' },
      { ...body, memberIds: [member, member] },
      { ...body, vehicleIds: ['not-a-uuid'] },
      { ...body, plannedOn: '2025-02-30' },
      { ...body, reason: '' },
      { ...body, status: 'started' },
    ]) {
      expect({ bad, code: (await post('/base-transfers', bad).expect(400)).body.code }).toEqual({
        bad,
        code: 'VALIDATION_FAILED',
      });
    }
    expect((await post(`/base-transfers/${randomUUID()}/start`, {}).expect(404)).body.code).toBe(
      'BASE_TRANSFER_NOT_FOUND',
    );
    expect((await post(`/base-transfers/x/start`, {}).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const id = await plan([]);
    expect(
      (await post(`/base-transfers/${id}/confirmation`, { effectiveOn: 'today' }, admin).expect(400)).body.code,
    ).toBe('VALIDATION_FAILED');
    expect(
      (await post(`/base-transfers/${id}/confirmation`, { effectiveOn: today() }, admin).expect(409)).body.code,
    ).toBe('BASE_TRANSFER_NOT_STARTED');
    await post(`/base-transfers/${id}/start`, {}).expect(200);
    expect((await post(`/base-transfers/${id}/start`, {}).expect(409)).body.code).toBe('BASE_TRANSFER_ALREADY_STARTED');
    expect((await post(`/base-transfers/${id}/start`, {}).set('If-Match', '"1"').expect(409)).body.code).toBe(
      'CONCURRENCY_CONFLICT',
    );
  });

  it('lists transfers with the progress each shows on its own, by centre and status, each commander their own', async () => {
    const leaving = await registerCentre(service, { code: 'IDL-31', nameEn: 'Sarmada' });
    const reaching = await registerCentre(service, { code: 'IDL-32', nameEn: 'Atmeh' });
    const planBetween = async (plannedOn: string, vehicleIds: string[]) =>
      (
        await post('/base-transfers', {
          fromCentreId: leaving,
          toCentreId: reaching,
          memberIds: [randomUUID()],
          vehicleIds,
          plannedOn,
          reason: 'The team follows the displaced north',
        }).expect(201)
      ).body.id as string;
    const vehicle = randomUUID();
    const older = await planBetween('2025-02-01', [vehicle, randomUUID()]);
    const newer = await planBetween('2025-03-01', []);
    await post(`/base-transfers/${older}/start`, {}).expect(200);
    const arrival = vehicleArrived(older, vehicle, reaching);
    // News of a transfer never planned here reaches the same centre: kept, but no transfer to list.
    const stray = vehicleArrived(randomUUID(), randomUUID(), reaching);
    await publish(arrival, stray);
    await consumed(arrival, stray);

    const list = async (query: Record<string, string>, token = logistics) =>
      (await get(`/base-transfers?${new URLSearchParams(query)}`, token).expect(200)).body;
    await waitFor(
      async () =>
        (await list({ centreId: leaving })).items.find((t: { transferId: string }) => t.transferId === older)?.counts
          .arrived === 1,
      30_000,
      'the arrival in the list',
    );
    const byCentre = await list({ centreId: reaching });
    expect(byCentre).toMatchObject({ total: 2, limit: 50, offset: 0 });
    // Latest planned first, each as its own read tells it.
    expect(byCentre.items).toEqual([await progress(newer), await progress(older)]);
    expect(byCentre.items[1]).toMatchObject({ status: 'started', counts: { arrived: 1, awaited: 1, withdrawn: 0 } });
    expect(
      (await list({ centreId: leaving, status: 'started' })).items.map((t: { transferId: string }) => t.transferId),
    ).toEqual([older]);
    expect(await list({ centreId: leaving, limit: '1', offset: '1' })).toMatchObject({
      total: 2,
      items: [{ transferId: older }],
    });

    expect(
      (await list({}, await commanderOf(reaching))).items.map((t: { transferId: string }) => t.transferId),
    ).toEqual([newer, older]);
    expect(await list({ centreId: reaching }, await commanderOf(randomUUID()))).toMatchObject({ total: 0, items: [] });
    for (const roles of [['hr'], ['auditor'], ['admin']] as Role[][]) {
      expect((await list({ centreId: leaving }, await service.auth(roles))).total).toBe(2);
    }
    expect((await get('/base-transfers', await service.auth(['training'])).expect(403)).body.code).toBe(
      'AUTH_FORBIDDEN_ROLE',
    );
    for (const query of ['status=reported', 'centreId=idlib', 'limit=0']) {
      const refused = await get(`/base-transfers?${query}`).expect(400);
      expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
  });

  it('lets each role do what it may with a transfer', async () => {
    const id = await plan([]);
    for (const roles of [['hr'], ['commander'], ['auditor'], ['training']] as Role[][]) {
      const token = await service.auth(roles, { centres: [from, to] });
      for (const [path, body] of [
        [
          '/base-transfers',
          {
            fromCentreId: from,
            toCentreId: to,
            memberIds: [randomUUID()],
            vehicleIds: [],
            plannedOn: '2025-01-10',
            reason: 'x',
          },
        ],
        [`/base-transfers/${id}/start`, {}],
        [`/base-transfers/${id}/cancellation`, { reason: 'x' }],
      ] as const) {
        const res = await post(path, body, token);
        expect({ roles, path, status: res.status, code: res.body.code }).toEqual({
          roles,
          path,
          status: 403,
          code: 'AUTH_FORBIDDEN_ROLE',
        });
      }
    }
    for (const roles of [['hr'], ['auditor'], ['admin'], ['logistics']] as Role[][]) {
      await get(`/base-transfers/${id}`, await service.auth(roles)).expect(200);
    }
    await get(`/base-transfers/${id}`, await commanderOf(from)).expect(200);
    await get(`/base-transfers/${id}`, await commanderOf(to)).expect(200);
    expect((await get(`/base-transfers/${id}`, await commanderOf(randomUUID())).expect(404)).body.code).toBe(
      'BASE_TRANSFER_NOT_FOUND',
    );
    expect((await get(`/base-transfers/${id}`, await service.auth(['training'])).expect(403)).body.code).toBe(
      'AUTH_FORBIDDEN_ROLE',
    );
    await post(`/base-transfers/${id}/start`, {}, admin).expect(200);
    await post(`/base-transfers/${id}/cancellation`, { reason: 'Plans changed' }, admin).expect(200);
  });
});
