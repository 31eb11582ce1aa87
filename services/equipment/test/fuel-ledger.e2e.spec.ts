import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { makeCentresKnown, startTestService, TestService } from '@muster/service-testing';
import { waitFor } from '@muster/testing';
import { inTransaction, PostgresEventStore } from '@muster/event-store';
import { AppModule, equipmentService } from '../src/app.module';
import { fuelLedgerCatalogue } from '../src/fuel-ledger/domain/fuel-ledger.catalogue';
import { fuelLedgerRegisterProjection } from '../src/fuel-ledger/projections/fuel-ledger-register/fuel-ledger-register.projection';
import { hoursAgo, recordDonor, registerVehicle } from './vehicle-support';

describe('a centre’s fuel ledger through the API', () => {
  let service: TestService;
  let logistics: string;
  let commanderA: string;

  const centreA = randomUUID();
  const centreB = randomUUID();
  const storekeeper = randomUUID();
  const driver = randomUUID();

  beforeAll(async () => {
    service = await startTestService(AppModule, equipmentService);
    await makeCentresKnown(service, centreA, centreB);
    logistics = await service.auth(['logistics']);
    commanderA = await service.auth(['commander'], { centres: [centreA] });
  });
  afterAll(async () => service?.close());

  const post = (path: string, body: object, token = logistics) =>
    service.http().post(`/fuel-ledgers/${centreA}/${path}`).set('Authorization', token).send(body);
  const delivery = (overrides: object = {}) => ({
    litres: 1000,
    supplier: 'Idlib Fuel Co.',
    cost: { amount: 950, currency: 'USD' },
    receivedBy: storekeeper,
    deliveredAt: hoursAgo(48),
    ...overrides,
  });
  const issue = (vehicleId: string, odometerKm: number, litres: number, overrides: object = {}) => ({
    targetKind: 'vehicle',
    targetId: vehicleId,
    odometerKm,
    litres,
    issuedBy: storekeeper,
    receivedBy: driver,
    issuedAt: hoursAgo(1),
    ...overrides,
  });
  const ledger = async () =>
    (await service.http().get(`/fuel-ledgers/${centreA}`).set('Authorization', logistics).expect(200)).body;
  const openFlags = async (token = logistics, centreId?: string) =>
    (
      await service
        .http()
        .get('/fuel-ledgers/flags')
        .query(centreId ? { centreId } : {})
        .set('Authorization', token)
        .expect(200)
    ).body;

  it('takes deliveries from a supplier or a recorded donor into the stock (logistics, admins)', async () => {
    const donorId = await recordDonor(service);
    expect((await post('deliveries', delivery()).expect(200)).body).toEqual({ id: centreA, version: 1 });
    await post(
      'deliveries',
      delivery({ supplier: null, donorId, cost: null, litres: 500.5 }),
      await service.auth(['admin']),
    ).expect(200);
    expect(await ledger()).toEqual({
      centreId: centreA,
      version: 2,
      balanceLitres: 1500.5,
      deliveredLitres: 1500.5,
      issuedLitres: 0,
      openFlags: 0,
    });
  });

  it('refuses deliveries from nowhere or from an unknown donor (422), bad input (400), and other roles (403)', async () => {
    expect((await post('deliveries', delivery({ supplier: null })).expect(422)).body.code).toBe('FUEL_SOURCE_REQUIRED');
    expect((await post('deliveries', delivery({ donorId: randomUUID() })).expect(422)).body.code).toBe('DONOR_UNKNOWN');
    // A ledger opens only for a centre equipment knows (from the centres service's topic); reading one is a 404.
    const nowhere = randomUUID();
    const unknownCentre = await service
      .http()
      .post(`/fuel-ledgers/${nowhere}/deliveries`)
      .set('Authorization', logistics)
      .send(delivery())
      .expect(422);
    expect(unknownCentre.body.code).toBe('UNKNOWN_CENTRE');
    await service.http().get(`/fuel-ledgers/${nowhere}`).set('Authorization', logistics).expect(404);
    for (const body of [
      delivery({ litres: -5 }),
      delivery({ litres: 10.25 }),
      delivery({ receivedBy: 'Abu Ahmad' }),
      delivery({ cost: { amount: 10, currency: 'dollars' } }),
      delivery({ deliveredAt: '2026-01-15 10:00' }),
    ]) {
      expect((await post('deliveries', body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
    for (const roles of [['commander'], ['hr'], ['auditor']] as const) {
      const token = await service.auth(roles, { centres: [centreA] });
      expect((await post('deliveries', delivery(), token).expect(403)).body.code).toBe('AUTH_FORBIDDEN_ROLE');
    }
    expect((await ledger()).version).toBe(2);
  });

  it('issues fuel (commanders at their own centre), flags what needs review with the rule and figures', async () => {
    const vehicleId = await registerVehicle(service, centreA);
    await post('issues', issue(vehicleId, 120_000, 80), commanderA).expect(200);
    await post('issues', issue(vehicleId, 120_000, 20)).expect(200);
    await post('issues', issue(vehicleId, 120_300, 250)).expect(200);

    const flags = await openFlags(commanderA);
    const mine = flags.items.filter((f: { target: { id: string } }) => f.target.id === vehicleId);
    expect(mine).toMatchObject([
      {
        centreId: centreA,
        target: { kind: 'vehicle', id: vehicleId, reading: 120_000 },
        litres: 20,
        flags: [{ rule: 'ODOMETER_NOT_MOVED', odometerKm: 120_000, lastFillOdometerKm: 120_000 }],
        status: 'open',
        review: null,
      },
      {
        litres: 250,
        consumption: { distanceKm: 300, litresPer100Km: 83.33 },
        flags: [{ rule: 'ABOVE_TANK_CAPACITY', litres: 250, tankCapacityLitres: 200 }],
      },
    ]);
    expect(await ledger()).toMatchObject({ balanceLitres: 1150.5, issuedLitres: 350, openFlags: 2 });
    // Another centre's commander sees none of them.
    const otherCommander = await service.auth(['commander'], { centres: [centreB] });
    expect((await openFlags(otherCommander)).items).toEqual([]);
  });

  it('lists a vehicle’s fuel, the latest first, flagged or not, paged, to its centres’ commanders', async () => {
    const vehicleId = await registerVehicle(service, centreA);
    await post('issues', issue(vehicleId, 130_000, 60, { issuedAt: hoursAgo(3) })).expect(200);
    await post('issues', issue(vehicleId, 130_400, 55, { issuedAt: hoursAgo(2) })).expect(200);
    await post('issues', issue(vehicleId, 130_400, 10, { issuedAt: hoursAgo(1) })).expect(200);
    const issues = (token = logistics, query: object = {}) =>
      service
        .http()
        .get('/fuel-ledgers/issues')
        .query({ assetId: vehicleId, ...query })
        .set('Authorization', token);

    const page = (await issues().expect(200)).body;
    expect(page).toMatchObject({ total: 3, limit: 50, offset: 0 });
    expect(page.items).toMatchObject([
      {
        target: { id: vehicleId, reading: 130_400 },
        litres: 10,
        status: 'open',
        flags: [{ rule: 'ODOMETER_NOT_MOVED' }],
      },
      {
        target: { reading: 130_400 },
        litres: 55,
        consumption: { distanceKm: 400, litresPer100Km: 13.75 },
        status: 'none',
      },
      { target: { reading: 130_000 }, litres: 60, consumption: null, status: 'none', flags: [] },
    ]);
    expect((await issues(logistics, { limit: 1, offset: 1 }).expect(200)).body.items).toMatchObject([{ litres: 55 }]);
    expect((await issues(commanderA).expect(200)).body.total).toBe(3);
    const otherCommander = await service.auth(['commander'], { centres: [centreB] });
    expect((await issues(otherCommander).expect(200)).body).toMatchObject({ total: 0, items: [] });
    expect((await issues(await service.auth(['training'])).expect(403)).body.code).toBe('AUTH_FORBIDDEN_ROLE');
    const malformed = await service.http().get('/fuel-ledgers/issues?assetId=nope').set('Authorization', logistics);
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
  });

  it('learns a vehicle’s and its type’s consumption fill by fill, and flags an outlier for both', async () => {
    const vehicleId = await registerVehicle(service, centreA, { type: 'water-tanker' });
    for (let fill = 0; fill <= 5; fill++) {
      await post('issues', issue(vehicleId, 120_000 + fill * 100, 40)).expect(200);
    }
    // The type's norm follows after commit (a catch-up projection): wait for its five samples.
    await waitFor(
      async () =>
        (
          await service.app
            .get(DataSource)
            .query(`SELECT 1 FROM fuel_type_stats WHERE vehicle_type = 'water-tanker' AND samples = 5`)
        ).length === 1,
      30_000,
      'the type norm of five fills',
    );
    await post('issues', issue(vehicleId, 120_600, 80)).expect(200);
    const flagged = (await openFlags()).items.filter((f: { target: { id: string } }) => f.target.id === vehicleId);
    expect(flagged).toEqual([
      expect.objectContaining({
        consumption: { distanceKm: 100, litresPer100Km: 80 },
        flags: [
          {
            rule: 'CONSUMPTION_OUTLIER_FOR_VEHICLE',
            litresPer100Km: 80,
            meanLitresPer100Km: 40,
            stdDevLitresPer100Km: 4,
            lowLitresPer100Km: 28,
            highLitresPer100Km: 52,
            samples: 5,
          },
          {
            rule: 'CONSUMPTION_OUTLIER_FOR_TYPE',
            vehicleType: 'water-tanker',
            litresPer100Km: 80,
            meanLitresPer100Km: 40,
            stdDevLitresPer100Km: 4,
            lowLitresPer100Km: 28,
            highLitresPer100Km: 52,
            samples: 5,
          },
        ],
      }),
    ]);
  });

  it('keeps a vehicle’s and its type’s norms as the mean and variance of their unflagged fills', async () => {
    const vehicleId = await registerVehicle(service, centreA, { type: 'pickup' });
    const consumptions = [10, 12, 11, 14, 9, 13];
    // The first fill sets the reading the next is measured from; each later one covers 100 km.
    for (const [fill, litres] of [11, ...consumptions].entries()) {
      await post('issues', issue(vehicleId, 130_000 + fill * 100, litres)).expect(200);
    }
    // An outlier is flagged and kept out of the norms; its reading still counts for the next fill.
    const outlier = await post('issues', issue(vehicleId, 130_700, 40)).expect(200);
    expect(outlier.body).toMatchObject({ id: centreA });
    const mean = consumptions.reduce((sum, x) => sum + x, 0) / consumptions.length;
    const m2 = consumptions.reduce((sum, x) => sum + (x - mean) ** 2, 0);
    const db = service.app.get(DataSource);
    const [asset] = await db.query(`SELECT last_reading::int, samples, mean, m2 FROM fuel_assets WHERE asset_id = $1`, [
      vehicleId,
    ]);
    expect(asset).toMatchObject({ last_reading: 130_700, samples: 6 });
    expect(asset.mean).toBeCloseTo(mean, 9);
    expect(asset.m2).toBeCloseTo(m2, 9);
    await waitFor(
      async () =>
        (await db.query(`SELECT 1 FROM fuel_type_stats WHERE vehicle_type = 'pickup' AND samples = 6`)).length === 1,
      30_000,
      'the type norm of six fills',
    );
    const [type] = await db.query(`SELECT samples, mean, m2 FROM fuel_type_stats WHERE vehicle_type = 'pickup'`);
    expect(type.mean).toBeCloseTo(mean, 9);
    expect(type.m2).toBeCloseTo(m2, 9);
    // Rebuilt, the type's fills arrive in one batch and are merged in at once: the same norm.
    const admin = await service.auth(['admin']);
    await service.http().post('/admin/projections/fuel-type-stats/rebuild').set('Authorization', admin).expect(200);
    const [rebuilt] = await db.query(`SELECT samples, mean, m2 FROM fuel_type_stats WHERE vehicle_type = 'pickup'`);
    expect(rebuilt.samples).toBe(6);
    expect(rebuilt.mean).toBeCloseTo(mean, 9);
    expect(rebuilt.m2).toBeCloseTo(m2, 9);
  });

  it('applies an issue to the read models once: the same event applied again changes nothing', async () => {
    const vehicleId = await registerVehicle(service, centreA);
    await post('issues', issue(vehicleId, 140_000, 20)).expect(200);
    await post('issues', issue(vehicleId, 140_100, 12)).expect(200);
    const db = service.app.get(DataSource);
    const readModels = async () => ({
      ledger: await db.query(`SELECT * FROM fuel_ledgers WHERE centre_id = $1`, [centreA]),
      issues: await db.query(`SELECT issue_id FROM fuel_issues WHERE asset_id = $1 ORDER BY issue_id`, [vehicleId]),
      asset: await db.query(`SELECT * FROM fuel_assets WHERE asset_id = $1`, [vehicleId]),
    });
    const before = await readModels();
    expect(before.issues).toHaveLength(2);
    const events = await new PostgresEventStore(db).readStream(fuelLedgerCatalogue.streamId(centreA));
    const last = events.filter((event) => event.type === 'FuelIssued').at(-1);
    if (!last) throw new Error('no FuelIssued event');
    await inTransaction(db, (tx) => fuelLedgerRegisterProjection.onAppended([last], tx));
    expect(await readModels()).toEqual(before);
  });

  it('fuels a generator against its hour meter, flagging a fill above its tank or with hours unmoved', async () => {
    const generatorId = (
      await service
        .http()
        .post('/items')
        .set('Authorization', logistics)
        .send({
          type: 'generator',
          description: 'Perkins 20 kVA',
          serialNumber: 'GEN-20-114',
          centreId: centreA,
          acquiredOn: '2024-01-01',
          tankCapacityLitres: 50,
        })
        .expect(201)
    ).body.id as string;
    const fill = (engineHours: number, litres: number) => ({
      ...issue(generatorId, 0, litres),
      targetKind: 'generator',
      odometerKm: undefined,
      engineHours,
    });
    await post('issues', fill(310.5, 40)).expect(200);
    await post('issues', fill(310.5, 60)).expect(200);
    const flagged = (await openFlags()).items.filter((f: { target: { id: string } }) => f.target.id === generatorId);
    expect(flagged).toMatchObject([
      {
        target: { kind: 'generator', id: generatorId, reading: 310.5 },
        flags: [
          { rule: 'ABOVE_TANK_CAPACITY', litres: 60, tankCapacityLitres: 50 },
          { rule: 'ENGINE_HOURS_NOT_MOVED', engineHours: 310.5, lastFillEngineHours: 310.5 },
        ],
      },
    ]);
    const backwards = await post('issues', fill(300, 10)).expect(422);
    expect(backwards.body.code).toBe('ENGINE_HOURS_WENT_BACKWARDS');
  });

  it('refuses more than the stock holds, a reading going backwards, an unknown vehicle — writing nothing', async () => {
    const vehicleId = await registerVehicle(service, centreA);
    await post('issues', issue(vehicleId, 121_000, 50)).expect(200);
    const before = await ledger();
    const flagsBefore = (await openFlags()).total;

    const requestedLitres = Math.round((before.balanceLitres + 0.1) * 10) / 10;
    const tooMuch = await post('issues', issue(vehicleId, 121_100, requestedLitres)).expect(409);
    expect(tooMuch.body).toMatchObject({
      code: 'FUEL_STOCK_INSUFFICIENT',
      details: { balanceLitres: before.balanceLitres, requestedLitres },
    });
    const backwards = await post('issues', issue(vehicleId, 120_999, 10)).expect(422);
    expect(backwards.body).toMatchObject({
      code: 'ODOMETER_WENT_BACKWARDS',
      details: { lastKm: 121_000, givenKm: 120_999 },
    });
    expect((await post('issues', issue(randomUUID(), 1000, 10)).expect(422)).body.code).toBe('FUEL_TARGET_UNKNOWN');
    const generator = {
      ...issue(randomUUID(), 0, 10),
      targetKind: 'generator',
      odometerKm: undefined,
      engineHours: 12.5,
    };
    expect((await post('issues', generator).expect(422)).body.code).toBe('FUEL_TARGET_UNKNOWN');
    // A centre equipment does not know is refused before anything else (its check is read with the asset's facts).
    const nowhere = randomUUID();
    for (const body of [issue(vehicleId, 121_100, 10), generator]) {
      const unknownCentre = await service
        .http()
        .post(`/fuel-ledgers/${nowhere}/issues`)
        .set('Authorization', logistics)
        .send(body)
        .expect(422);
      expect(unknownCentre.body).toMatchObject({ code: 'UNKNOWN_CENTRE', details: { centreId: nowhere } });
    }
    await service.http().get(`/fuel-ledgers/${nowhere}`).set('Authorization', logistics).expect(404);

    expect(await ledger()).toEqual(before);
    expect((await openFlags()).total).toBe(flagsBefore);
    // The next fill is judged against the last one that was recorded, not a refused one.
    await post('issues', issue(vehicleId, 121_000, 10)).expect(200);
    expect((await openFlags()).total).toBe(flagsBefore + 1);
  });

  it('refuses an issue at another centre to its commander (404), and other roles (403)', async () => {
    const vehicleId = await registerVehicle(service, centreA);
    const otherCommander = await service.auth(['commander'], { centres: [centreB] });
    expect((await post('issues', issue(vehicleId, 120_000, 10), otherCommander).expect(404)).body.code).toBe(
      'FUEL_LEDGER_NOT_FOUND',
    );
    for (const roles of [['hr'], ['training'], ['auditor']] as const) {
      expect(
        (await post('issues', issue(vehicleId, 120_000, 10), await service.auth(roles)).expect(403)).body.code,
      ).toBe('AUTH_FORBIDDEN_ROLE');
    }
    for (const body of [
      issue(vehicleId, 120_000, 0),
      issue(vehicleId, 120_000, 10, { targetKind: 'boat' }),
      issue(vehicleId, 120_000, 10, { odometerKm: undefined }),
      issue(vehicleId, 120_000, 10, { odometerKm: 12.5 }),
      issue(vehicleId, 120_000, 10, { issuedBy: 'storekeeper' }),
      issue(vehicleId, 120_000, 10, { targetKind: 'generator' }),
    ]) {
      expect((await post('issues', body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
    const future = await post('issues', issue(vehicleId, 120_000, 10, { issuedAt: hoursAgo(-2) })).expect(422);
    expect(future.body.code).toBe('TIME_IN_FUTURE');
  });

  it('lets a reviewer clear or confirm a flag, once, recorded with who and what was found', async () => {
    const [first, second] = (await openFlags()).items;
    const review = (issueId: string, outcome: string, token = logistics) =>
      post('flag-reviews', { issueId, outcome, note: 'Checked with the driver', reviewedAt: hoursAgo(0.5) }, token);
    expect((await review(first.issueId, 'cleared', commanderA).expect(403)).body.code).toBe('AUTH_FORBIDDEN_ROLE');
    await review(first.issueId, 'cleared').expect(200);
    await review(second.issueId, 'confirmed', await service.auth(['admin'])).expect(200);
    expect((await review(first.issueId, 'confirmed').expect(409)).body.code).toBe('FUEL_FLAG_NOT_OPEN');
    expect((await review(randomUUID(), 'cleared').expect(409)).body.code).toBe('FUEL_FLAG_NOT_OPEN');
    expect(
      (
        await post('flag-reviews', {
          issueId: first.issueId,
          outcome: 'ignored',
          note: 'x',
          reviewedAt: hoursAgo(1),
        }).expect(400)
      ).body.code,
    ).toBe('VALIDATION_FAILED');

    const cleared = await service
      .http()
      .get('/fuel-ledgers/flags')
      .query({ status: 'cleared' })
      .set('Authorization', logistics)
      .expect(200);
    expect(cleared.body.items).toEqual([
      expect.objectContaining({
        issueId: first.issueId,
        status: 'cleared',
        review: {
          outcome: 'cleared',
          note: 'Checked with the driver',
          reviewedAt: expect.any(String),
          reviewedBy: expect.any(String),
        },
      }),
    ]);
    expect((await openFlags()).items.map((f: { issueId: string }) => f.issueId)).not.toContain(second.issueId);
  });

  it('records a stocktake against the ledger: a difference needs a reason, and the count becomes the balance', async () => {
    const { balanceLitres } = await ledger();
    const stocktake = (body: object, token = logistics) =>
      post(
        'stocktakes',
        { countedLitres: balanceLitres - 20, countedBy: storekeeper, countedAt: hoursAgo(0.2), ...body },
        token,
      );
    expect((await stocktake({}).expect(422)).body).toMatchObject({
      code: 'STOCKTAKE_REASON_REQUIRED',
      details: { differenceLitres: -20 },
    });
    expect((await stocktake({ reason: 'Drum leaking' }, commanderA).expect(403)).body.code).toBe('AUTH_FORBIDDEN_ROLE');
    expect((await stocktake({ countedLitres: -1, reason: 'x' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    await stocktake({ reason: 'Drum leaking' }).expect(200);
    expect((await ledger()).balanceLitres).toBe(balanceLitres - 20);
  });

  it('shows a centre’s ledger to its commander and auditors only', async () => {
    await service.http().get(`/fuel-ledgers/${centreA}`).set('Authorization', commanderA).expect(200);
    await service
      .http()
      .get(`/fuel-ledgers/${centreA}`)
      .set('Authorization', await service.auth(['auditor']))
      .expect(200);
    const other = await service.auth(['commander'], { centres: [centreB] });
    expect(
      (await service.http().get(`/fuel-ledgers/${centreA}`).set('Authorization', other).expect(403)).body.code,
    ).toBe('AUTH_CENTRE_SCOPE');
    expect(
      (await service.http().get(`/fuel-ledgers/${centreB}`).set('Authorization', logistics).expect(404)).body.code,
    ).toBe('FUEL_LEDGER_NOT_FOUND');
    await service
      .http()
      .get(`/fuel-ledgers/${centreA}`)
      .set('Authorization', await service.auth(['hr']))
      .expect(403);
  });
});
