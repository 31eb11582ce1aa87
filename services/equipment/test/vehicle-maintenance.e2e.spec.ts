import { randomUUID } from 'node:crypto';
import { makeCentresKnown, startTestService, TestService } from '@muster/service-testing';
import { AppModule, equipmentService } from '../src/app.module';
import { hoursAgo, recordDonor, registerVehicle } from './vehicle-support';

const FIRE_ENGINE_DAILY = [
  'tyres',
  'brakes',
  'steering',
  'lights-and-siren',
  'fluids',
  'fuel-level',
  'first-aid-kit',
  'pump',
  'breathing-apparatus',
  'hoses',
  'water-tank-level',
];

describe('damage, repairs, checks, services and write-off through the API', () => {
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

  const post = (path: string, body: object, token = logistics) =>
    service.http().post(path).set('Authorization', token).send(body);
  const profile = async (id: string) =>
    (await service.http().get(`/vehicles/${id}`).set('Authorization', logistics).expect(200)).body;
  const check = (failing: string[] = [], overrides: object = {}) => ({
    kind: 'daily',
    performedAt: hoursAgo(1),
    odometerKm: 120_000,
    items: FIRE_ENGINE_DAILY.map((code) => ({ code, passed: !failing.includes(code) })),
    ...overrides,
  });

  it('takes a vehicle hit in a strike off the road, repairs it under an order and hands it back serviceable', async () => {
    const id = await registerVehicle(service, centreA);
    await post(`/vehicles/${id}/damage`, {
      cause: 'double-tap-strike',
      occurredOn: today,
      incidentRef: 'INC-2026-014',
      severity: 'severe',
      description: 'Cab crushed by the second strike',
    }).expect(200);
    const damaged = await profile(id);
    expect(damaged).toMatchObject({ status: 'unserviceable', statusReason: { code: 'DAMAGED' } });
    const [damage] = damaged.damage;

    await post(`/vehicles/${id}/repair-orders`, {
      damageIds: [damage.damageId],
      description: 'Rebuild the cab',
      workshop: 'Idlib central workshop',
      openedOn: today,
    }).expect(200);
    const [order] = (await profile(id)).repairOrders;
    const work = {
      workDone: 'Cab rebuilt',
      parts: [{ description: 'Cab panel', quantity: 2, unitCost: 400.25 }],
      labourCost: 300,
      currency: 'USD',
      fundingSource: { donorId: await recordDonor(service), description: 'Maintenance grant' },
      recordedOn: today,
    };
    const unknownDonor = { ...work, fundingSource: { donorId: randomUUID(), description: 'Unknown grant' } };
    expect(
      (await post(`/vehicles/${id}/repair-orders/${order.orderId}/work`, unknownDonor).expect(422)).body.code,
    ).toBe('DONOR_UNKNOWN');
    await post(`/vehicles/${id}/repair-orders/${order.orderId}/work`, work).expect(200);
    await post(`/vehicles/${id}/repair-orders/${order.orderId}/closure`, {
      closedOn: today,
      notes: 'Road tested',
    }).expect(200);
    const repaired = await profile(id);
    expect(repaired).toMatchObject({ status: 'serviceable', statusReason: { code: 'REPAIRED' } });
    expect(repaired.repairOrders).toMatchObject([
      { orderId: order.orderId, closedOn: today, totals: { USD: 1_100.5 }, work: [{ totalCost: 1_100.5 }] },
    ]);
    expect((await post(`/vehicles/${id}/repair-orders/${order.orderId}/work`, work).expect(409)).body.code).toBe(
      'REPAIR_ORDER_CLOSED',
    );
    expect(
      (await post(`/vehicles/${id}/repair-orders/${randomUUID()}/closure`, { closedOn: today }).expect(404)).body.code,
    ).toBe('REPAIR_ORDER_NOT_FOUND');
  });

  it('needs the incident of an attack (422) and refuses bad damage input (400)', async () => {
    const id = await registerVehicle(service, centreA);
    const damage = { cause: 'air-strike', occurredOn: today, severity: 'minor', description: 'Dent' };
    expect((await post(`/vehicles/${id}/damage`, damage).expect(422)).body.code).toBe('INCIDENT_REF_REQUIRED');
    for (const body of [
      { ...damage, cause: 'meteor' },
      { ...damage, severity: 'total' },
      { ...damage, occurredOn: 'yesterday' },
      { ...damage, description: '' },
    ]) {
      expect((await post(`/vehicles/${id}/damage`, body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('records checks: a failed critical item makes the vehicle unserviceable at once', async () => {
    const id = await registerVehicle(service, centreA);
    await post(`/vehicles/${id}/checks`, check(['hoses'])).expect(200);
    expect((await profile(id)).status).toBe('serviceable');
    await post(`/vehicles/${id}/checks`, check(['brakes'], { performedAt: hoursAgo(0.5) })).expect(200);
    const failed = await profile(id);
    expect(failed).toMatchObject({
      status: 'unserviceable',
      statusReason: { code: 'FAILED_CHECK', note: 'Failed: brakes' },
    });
    expect(failed.checks[1]).toMatchObject({ failedCriticalItems: ['brakes'], centreId: centreA });
    await post(`/vehicles/${id}/return-to-service`, { note: 'Brakes bled', returnedOn: today }).expect(200);
    expect((await profile(id)).status).toBe('serviceable');
  });

  it('serves each type’s checklist, and a check covering it is accepted', async () => {
    const get = (path: string, token = logistics) => service.http().get(path).set('Authorization', token);
    const list = (await get('/vehicles/checklists/ambulance?kind=weekly').expect(200)).body;
    expect(list).toMatchObject({ vehicleType: 'ambulance', kind: 'weekly' });
    expect(list.items).toContainEqual({ code: 'seatbelts', label: 'Seatbelts and seats', critical: true });
    expect(list.items).toContainEqual({
      code: 'defibrillator',
      label: 'Defibrillator: battery, pads',
      critical: false,
    });
    const ambulance = await registerVehicle(service, centreA, { type: 'ambulance' });
    const items = list.items.map((i: { code: string }) => ({ code: i.code, passed: true }));
    await post(`/vehicles/${ambulance}/checks`, {
      kind: 'weekly',
      performedAt: hoursAgo(1),
      odometerKm: 120_000,
      items,
    }).expect(200);
    expect((await get('/vehicles/checklists/tank?kind=daily').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await get('/vehicles/checklists/ambulance?kind=monthly').expect(400)).body.code).toBe('VALIDATION_FAILED');
    await get('/vehicles/checklists/ambulance?kind=daily', await service.auth(['hr'])).expect(403);
  });

  it('holds checks to the vehicle type’s checklist (422)', async () => {
    const id = await registerVehicle(service, centreA);
    const missing = { ...check(), items: check().items.slice(1) };
    expect((await post(`/vehicles/${id}/checks`, missing).expect(422)).body).toMatchObject({
      code: 'CHECKLIST_INCOMPLETE',
      details: { missing: ['tyres'] },
    });
    const ambulance = await registerVehicle(service, centreA, { type: 'ambulance' });
    expect((await post(`/vehicles/${ambulance}/checks`, check()).expect(422)).body.code).toBe('UNKNOWN_CHECK_ITEM');
  });

  it('lets the commander of the vehicle’s centre record a check; to another commander it does not exist', async () => {
    const id = await registerVehicle(service, centreA);
    const other = await service.auth(['commander'], { centres: [centreB] });
    expect((await post(`/vehicles/${id}/checks`, check(), other).expect(404)).body.code).toBe('VEHICLE_NOT_FOUND');
    const own = await service.auth(['commander'], { centres: [centreA] });
    await post(`/vehicles/${id}/checks`, check(), own).expect(200);
    for (const [path, body] of [
      ['damage', { cause: 'wear', occurredOn: today, severity: 'minor', description: 'Dent' }],
      ['unserviceable', { reason: 'Flat', declaredOn: today }],
      ['write-off', { reason: 'stolen', evidenceRef: 'Police 1', writtenOffOn: today }],
    ] as const) {
      expect((await post(`/vehicles/${id}/${path}`, body, own).expect(403)).body.code).toBe('AUTH_FORBIDDEN_ROLE');
    }
    for (const roles of [['hr'], ['auditor']] as const) {
      expect((await post(`/vehicles/${id}/checks`, check(), await service.auth(roles)).expect(403)).body.code).toBe(
        'AUTH_FORBIDDEN_ROLE',
      );
    }
  });

  it('role matrix: only logistics and admins send the other commands; bad bodies are 400 for everyone allowed', async () => {
    const id = await registerVehicle(service, centreA);
    const orderId = randomUUID();
    const routes = [
      'dispatch',
      'diversion',
      'return-to-origin',
      'odometer-correction',
      'damage',
      'repair-orders',
      `repair-orders/${orderId}/work`,
      `repair-orders/${orderId}/closure`,
      'services',
      'unserviceable',
      'return-to-service',
      'write-off',
    ];
    const refused = [
      await service.auth(['commander'], { centres: [centreA] }),
      await service.auth(['hr']),
      await service.auth(['training']),
      await service.auth(['auditor']),
    ];
    for (const route of routes) {
      for (const token of refused) {
        expect((await post(`/vehicles/${id}/${route}`, {}, token).expect(403)).body.code).toBe('AUTH_FORBIDDEN_ROLE');
      }
      for (const token of [logistics, await service.auth(['admin'])]) {
        expect((await post(`/vehicles/${id}/${route}`, {}, token).expect(400)).body.code).toBe('VALIDATION_FAILED');
      }
    }
    expect((await profile(id)).version).toBe(2);
  });

  it('declares a vehicle unserviceable with why, and back in service', async () => {
    const id = await registerVehicle(service, centreA);
    await post(`/vehicles/${id}/unserviceable`, { reason: 'No tyres', declaredOn: today }).expect(200);
    expect(await profile(id)).toMatchObject({
      status: 'unserviceable',
      statusReason: { code: 'DECLARED_UNSERVICEABLE', note: 'No tyres' },
    });
    expect(
      (await post(`/vehicles/${id}/unserviceable`, { reason: 'x', declaredOn: today }).expect(409)).body.code,
    ).toBe('VEHICLE_ALREADY_DECLARED_UNSERVICEABLE');
    await post(`/vehicles/${id}/return-to-service`, { returnedOn: today }, await service.auth(['admin'])).expect(200);
    expect((await post(`/vehicles/${id}/return-to-service`, { returnedOn: today }).expect(409)).body.code).toBe(
      'VEHICLE_NOT_UNSERVICEABLE',
    );
  });

  it('writes a vehicle off with its evidence; after that it accepts nothing, and is still read', async () => {
    const id = await registerVehicle(service, centreA);
    const noEvidence = { reason: 'destroyed', evidenceRef: ' ', writtenOffOn: today };
    expect((await post(`/vehicles/${id}/write-off`, noEvidence).expect(422)).body.code).toBe('EVIDENCE_REQUIRED');
    await post(`/vehicles/${id}/write-off`, {
      reason: 'destroyed',
      evidenceRef: 'INC-2026-020 report, photos 1–12',
      writtenOffOn: today,
    }).expect(200);
    for (const [path, body] of [
      [
        'dispatch',
        {
          toCentreId: centreB,
          driverId: randomUUID(),
          odometerOutKm: 120_001,
          dispatchedAt: hoursAgo(1),
          expectedArrivalAt: hoursAgo(0),
        },
      ],
      ['checks', check()],
      ['services', { servicedOn: today, odometerKm: 120_001, workDone: 'Oil' }],
      ['write-off', { reason: 'stolen', evidenceRef: 'Police 1', writtenOffOn: today }],
    ] as const) {
      expect((await post(`/vehicles/${id}/${path}`, body).expect(409)).body.code).toBe('VEHICLE_WRITTEN_OFF');
    }
    expect(await profile(id)).toMatchObject({
      status: 'written-off',
      statusReason: { code: 'DESTROYED' },
      writtenOff: { reason: 'destroyed', evidenceRef: 'INC-2026-020 report, photos 1–12' },
    });
  });
});
