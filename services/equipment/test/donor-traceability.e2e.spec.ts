import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { makeCentresKnown, startTestService, TestService } from '@muster/service-testing';
import { sleep } from '@muster/testing';
import { AppModule, equipmentService } from '../src/app.module';
import { hoursAgo, recordDonor, registerVehicle } from './vehicle-support';

describe('the donor traceability report, now and on a past date', () => {
  let service: TestService;
  let logistics: string;
  const [centreA, centreB] = [randomUUID(), randomUUID()];
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    service = await startTestService(AppModule, equipmentService);
    await makeCentresKnown(service, centreA, centreB);
    logistics = await service.auth(['logistics']);
  });
  afterAll(async () => service?.close());

  const post = (path: string, body: object) =>
    service.http().post(path).set('Authorization', logistics).send(body).expect(200);
  const report = async (donorId: string, asOf?: string, token = logistics) =>
    (
      await service
        .http()
        .get(`/reports/donors/${donorId}/traceability`)
        .query(asOf ? { asOf } : {})
        .set('Authorization', token)
        .expect(200)
    ).body;

  it('traces every asset a donor funded — where it is, moves, damage, repairs, fuel, fate — as it stood then', async () => {
    const beforeDonor = new Date(Date.now() - 1000).toISOString();
    const donorId = await recordDonor(service, { names: { ar: 'منظمة المانحين', en: 'Donor NGO' } });
    const vehicleId = await registerVehicle(service, centreA, { donorId });
    await registerVehicle(service, centreA); // own funds: not in any donor's report
    const itemId = (
      await service
        .http()
        .post('/items')
        .set('Authorization', logistics)
        .send({
          type: 'breathing-apparatus',
          description: '=HYPERLINK("http://evil")',
          serialNumber: 'BA-17',
          donorId,
          centreId: centreA,
          acquiredOn: '2025-01-01',
        })
        .expect(201)
    ).body.id as string;
    await sleep(20);
    const registered = new Date().toISOString();
    await sleep(20);

    await post(`/fuel-ledgers/${centreA}/deliveries`, {
      litres: 500,
      donorId,
      cost: { amount: 450, currency: 'USD' },
      receivedBy: randomUUID(),
      deliveredAt: hoursAgo(5),
    });
    await post(`/fuel-ledgers/${centreA}/issues`, {
      targetKind: 'vehicle',
      targetId: vehicleId,
      odometerKm: 120_000,
      litres: 60,
      issuedBy: randomUUID(),
      receivedBy: randomUUID(),
      issuedAt: hoursAgo(4),
    });
    // A second fill: the trace adds to the counters it carries (decimal litres summed exactly).
    await post(`/fuel-ledgers/${centreA}/issues`, {
      targetKind: 'vehicle',
      targetId: vehicleId,
      odometerKm: 120_004,
      litres: 12.3,
      issuedBy: randomUUID(),
      receivedBy: randomUUID(),
      issuedAt: hoursAgo(3.5),
    });
    await post(`/vehicles/${vehicleId}/dispatch`, {
      toCentreId: centreB,
      driverId: randomUUID(),
      odometerOutKm: 120_010,
      dispatchedAt: hoursAgo(3),
      expectedArrivalAt: hoursAgo(1),
    });
    await post(`/vehicles/${vehicleId}/arrival`, { centreId: centreB, odometerInKm: 120_100, arrivedAt: hoursAgo(2) });
    await post(`/vehicles/${vehicleId}/damage`, {
      cause: 'air-strike',
      occurredOn: today,
      incidentRef: 'INC-2026-31',
      severity: 'moderate',
      description: 'Shrapnel through the side panel',
    });
    const { body: profile } = await service
      .http()
      .get(`/vehicles/${vehicleId}`)
      .set('Authorization', logistics)
      .expect(200);
    await post(`/vehicles/${vehicleId}/repair-orders`, {
      damageIds: [profile.damage[0].damageId],
      description: 'Panel',
      workshop: 'Aleppo workshop',
      openedOn: today,
    });
    const { body: withOrder } = await service
      .http()
      .get(`/vehicles/${vehicleId}`)
      .set('Authorization', logistics)
      .expect(200);
    const orderId = withOrder.repairOrders[0].orderId as string;
    await post(`/vehicles/${vehicleId}/repair-orders/${orderId}/work`, {
      workDone: 'Panel replaced',
      parts: [{ description: 'Side panel', quantity: 1, unitCost: 200 }],
      labourCost: 50,
      currency: 'USD',
      fundingSource: { donorId, description: 'Repair grant' },
      recordedOn: today,
    });
    await post(`/vehicles/${vehicleId}/repair-orders/${orderId}/closure`, { closedOn: today, notes: 'Done' });
    await post(`/items/${itemId}/write-off`, {
      quantity: 1,
      reason: 'destroyed',
      evidenceRef: 'INC-2026-31',
      writtenOffOn: today,
    });

    const now = await report(donorId);
    expect(now).toMatchObject({
      donorId,
      donor: { names: { en: 'Donor NGO' }, kind: 'ngo' },
      fuel: [{ centreId: centreA, deliveries: 1, litres: 500, cost: { USD: 450 } }],
    });
    expect(now.assets).toHaveLength(2);
    expect(now.assets.find((a: { assetId: string }) => a.assetId === vehicleId)).toMatchObject({
      kind: 'vehicle',
      label: { type: 'fire-engine', make: 'Mercedes-Benz' },
      centreId: centreB,
      status: 'serviceable',
      odometerKm: 120_100,
      moves: 1,
      damage: 1,
      lastDamage: { cause: 'air-strike', occurredOn: today },
      repairOrders: 1,
      repairsClosed: 1,
      repairCost: { USD: 250 },
      fuelIssues: 2,
      fuelLitres: 72.3,
      fate: null,
    });
    expect(now.assets.find((a: { assetId: string }) => a.assetId === itemId)).toMatchObject({
      kind: 'item',
      label: { type: 'breathing-apparatus', serialNumber: 'BA-17' },
      status: 'written-off',
      fate: { reason: 'destroyed', on: today, evidenceRef: 'INC-2026-31' },
    });

    const then = await report(donorId, registered);
    expect(then.fuel).toEqual([]);
    expect(then.assets.find((a: { assetId: string }) => a.assetId === vehicleId)).toMatchObject({
      centreId: centreA,
      odometerKm: 120_000,
      moves: 0,
      damage: 0,
      repairCost: {},
      fuelLitres: 0,
    });
    expect(then.assets.find((a: { assetId: string }) => a.assetId === itemId)).toMatchObject({
      status: 'in-service',
      fate: null,
    });

    const missing = await service
      .http()
      .get(`/reports/donors/${donorId}/traceability`)
      .query({ asOf: beforeDonor })
      .set('Authorization', logistics)
      .expect(404);
    expect(missing.body.code).toBe('DONOR_NOT_FOUND');

    const csv = await service
      .http()
      .get(`/reports/donors/${donorId}/traceability.csv`)
      .query({ asOf: registered })
      .set('Authorization', await service.auth(['auditor']))
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^"asset_id","kind","type"/);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv.text).toContain(`"${vehicleId}","vehicle","fire-engine"`);
  });

  /** A donor's vehicle at centre A, with fuel in the centre's ledger, and its trace in the report as of now. */
  async function donorVehicleWithFuel() {
    const donorId = await recordDonor(service);
    const vehicleId = await registerVehicle(service, centreA, { donorId });
    await post(`/fuel-ledgers/${centreA}/deliveries`, {
      litres: 500,
      supplier: 'Idlib Fuel Co.',
      receivedBy: randomUUID(),
      deliveredAt: hoursAgo(2),
    });
    const traced = async () => (await report(donorId)).assets.find((a: { assetId: string }) => a.assetId === vehicleId);
    return { vehicleId, traced };
  }

  it('keeps both counts when a vehicle’s own event and its fill are recorded at the same moment', async () => {
    const { vehicleId, traced } = await donorVehicleWithFuel();
    const before = await traced();

    // Another transaction holds the vehicle's traces: both commands must wait for it, then build one on the other.
    const holder = new Client({ connectionString: service.database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT donor_trace_lock($1)', [vehicleId]);
      let answered = 0;
      const damage = post(`/vehicles/${vehicleId}/damage`, {
        cause: 'shelling',
        occurredOn: today,
        incidentRef: 'INC-2026-77',
        severity: 'minor',
        description: 'Shrapnel in the bonnet',
      }).then(() => (answered += 1));
      const fill = post(`/fuel-ledgers/${centreA}/issues`, {
        targetKind: 'vehicle',
        targetId: vehicleId,
        odometerKm: 120_050,
        litres: 30.5,
        issuedBy: randomUUID(),
        receivedBy: randomUUID(),
        issuedAt: hoursAgo(1),
      }).then(() => (answered += 1));
      await sleep(500);
      expect(answered).toBe(0);
      await holder.query('COMMIT');
      await Promise.all([damage, fill]);
    } finally {
      await holder.end();
    }
    expect(await traced()).toMatchObject({
      damage: before.damage + 1,
      fuelIssues: before.fuelIssues + 1,
      fuelLitres: before.fuelLitres + 30.5,
    });
  });

  it('shows both counts now when the vehicle’s event was recorded first but its trace written after a fill', async () => {
    const { vehicleId, traced } = await donorVehicleWithFuel();
    const before = await traced();

    // The damage is recorded, then held at the vehicle's register row; a fill of the vehicle is written meanwhile.
    const holder = new Client({ connectionString: service.database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT FROM vehicle_register WHERE vehicle_id = $1 FOR UPDATE', [vehicleId]);
      let damaged = false;
      const damage = post(`/vehicles/${vehicleId}/damage`, {
        cause: 'shelling',
        occurredOn: today,
        incidentRef: 'INC-2026-78',
        severity: 'minor',
        description: 'Shrapnel in the door',
      }).then(() => (damaged = true));
      await sleep(300);
      await post(`/fuel-ledgers/${centreA}/issues`, {
        targetKind: 'vehicle',
        targetId: vehicleId,
        odometerKm: 120_050,
        litres: 12,
        issuedBy: randomUUID(),
        receivedBy: randomUUID(),
        issuedAt: hoursAgo(1),
      });
      expect(damaged).toBe(false);
      await holder.query('COMMIT');
      await damage;
    } finally {
      await holder.end();
    }
    expect(await traced()).toMatchObject({
      damage: before.damage + 1,
      fuelIssues: before.fuelIssues + 1,
      fuelLitres: before.fuelLitres + 12,
    });
  });

  it('refuses bad dates (400), unknown donors (404) and roles without a need (403)', async () => {
    const donorId = await recordDonor(service);
    for (const asOf of ['2025-02-30', 'yesterday']) {
      const res = await service
        .http()
        .get(`/reports/donors/${donorId}/traceability`)
        .query({ asOf })
        .set('Authorization', logistics)
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    await service.http().get(`/reports/donors/not-a-uuid/traceability`).set('Authorization', logistics).expect(400);
    const unknown = await service
      .http()
      .get(`/reports/donors/${randomUUID()}/traceability.csv`)
      .set('Authorization', logistics)
      .expect(404);
    expect(unknown.body.code).toBe('DONOR_NOT_FOUND');
    for (const roles of [['commander'], ['hr'], ['training']] as const) {
      await service
        .http()
        .get(`/reports/donors/${donorId}/traceability`)
        .set('Authorization', await service.auth(roles, { centres: [centreA] }))
        .expect(403);
    }
    expect((await report(donorId, undefined, await service.auth(['admin']))).assets).toEqual([]);
  });
});
