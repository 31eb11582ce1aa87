import { randomUUID } from 'node:crypto';
import { makeCentresKnown, startTestService, TestService } from '@muster/service-testing';
import { sleep } from '@muster/testing';
import { AppModule, equipmentService } from '../src/app.module';
import { hoursAgo, registerVehicle } from './vehicle-support';

describe('reading the vehicle register', () => {
  let service: TestService;
  let logistics: string;
  const [centreA, centreB, centreC] = [randomUUID(), randomUUID(), randomUUID()];
  const today = new Date().toISOString().slice(0, 10);
  let serviceable: string;
  let broken: string;
  let travelling: string;

  beforeAll(async () => {
    service = await startTestService(AppModule, equipmentService);
    await makeCentresKnown(service, centreA, centreB, centreC);
    logistics = await service.auth(['logistics']);
    serviceable = await registerVehicle(service, centreA, { plate: 'A 1' });
    broken = await registerVehicle(service, centreA, {
      plate: 'A 2',
      status: 'unserviceable',
      statusReason: 'Gearbox',
      // Registered 7 months ago with its service every 6: overdue by date.
      acquiredOn: new Date(Date.now() - 213 * 86_400_000).toISOString().slice(0, 10),
    });
    travelling = await registerVehicle(service, centreB, { plate: 'B 1', odometerKm: 50_000 });
    await service
      .http()
      .post(`/vehicles/${travelling}/dispatch`)
      .set('Authorization', logistics)
      .send({
        toCentreId: centreA,
        driverId: randomUUID(),
        // 9,900 km since its last service: due within 1,000 km.
        odometerOutKm: 59_900,
        dispatchedAt: hoursAgo(2),
        expectedArrivalAt: hoursAgo(0),
      })
      .expect(200);
  });
  afterAll(async () => service?.close());

  const get = (path: string, token = logistics) => service.http().get(path).set('Authorization', token);
  const ids = (body: { items: { vehicleId: string }[] }) => body.items.map((v) => v.vehicleId).sort();

  describe('GET /vehicles', () => {
    it('lists vehicles by centre (its own and those on their way to it) and status', async () => {
      expect(ids((await get(`/vehicles?centreId=${centreA}`).expect(200)).body)).toEqual(
        [serviceable, broken, travelling].sort(),
      );
      const unserviceable = (await get(`/vehicles?centreId=${centreA}&status=unserviceable`).expect(200)).body;
      expect(unserviceable).toMatchObject({ total: 1, items: [{ vehicleId: broken, plate: 'A 2' }] });
      expect(ids((await get(`/vehicles?status=in-transit`).expect(200)).body)).toEqual([travelling]);
    });

    it('shows commanders their own centres’ vehicles only; auditors and admins every centre; HR none', async () => {
      const commanderB = await service.auth(['commander'], { centres: [centreB] });
      expect(ids((await get('/vehicles', commanderB).expect(200)).body)).toEqual([travelling]);
      expect((await get(`/vehicles?centreId=${centreC}`, commanderB).expect(403)).body.code).toBe('AUTH_CENTRE_SCOPE');
      const commanderC = await service.auth(['commander'], { centres: [centreC] });
      expect((await get('/vehicles', commanderC).expect(200)).body.items).toEqual([]);
      for (const roles of [['auditor'], ['admin']] as const) {
        expect((await get(`/vehicles?centreId=${centreA}`, await service.auth(roles)).expect(200)).body.total).toBe(3);
      }
      expect((await get('/vehicles', await service.auth(['hr'])).expect(403)).body.code).toBe('AUTH_FORBIDDEN_ROLE');
    });

    it('refuses bad filters with 400', async () => {
      for (const query of ['centreId=A', 'status=parked', 'limit=0', 'limit=500', 'offset=-1']) {
        expect((await get(`/vehicles?${query}`).expect(400)).body.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  describe('GET /vehicles/:vehicleId', () => {
    it('answers the profile with its version as the ETag', async () => {
      const res = await get(`/vehicles/${travelling}`).expect(200);
      expect(res.headers['etag']).toBe('"4"');
      expect(res.body).toMatchObject({
        vehicleId: travelling,
        version: 4,
        plate: 'B 1',
        vehicleType: 'fire-engine',
        fuelType: 'diesel',
        tankCapacityLitres: 200,
        status: 'in-transit',
        centreId: centreB,
        destinationCentreId: centreA,
        odometerKm: 59_900,
        moves: [{ fromCentreId: centreB, toCentreId: centreA, outcome: 'in-transit', odometerOutKm: 59_900 }],
        damage: [],
        repairOrders: [],
        checks: [],
        statusChanges: [{ status: 'in-transit', previousStatus: 'serviceable', reasonCode: 'DISPATCHED' }],
      });
    });

    it('answers as the register knew it on a past instant', async () => {
      const before = new Date().toISOString();
      await sleep(50);
      const id = await registerVehicle(service, centreC);
      await sleep(50);
      const registered = new Date().toISOString();
      await sleep(50);
      await service
        .http()
        .post(`/vehicles/${id}/unserviceable`)
        .set('Authorization', logistics)
        .send({ reason: 'Flat', declaredOn: today })
        .expect(200);
      expect((await get(`/vehicles/${id}`).expect(200)).body).toMatchObject({ status: 'unserviceable', version: 4 });
      expect((await get(`/vehicles/${id}?asOf=${registered}`).expect(200)).body).toMatchObject({
        status: 'serviceable',
        version: 2,
        statusChanges: [],
      });
      expect((await get(`/vehicles/${id}?asOf=${before}`).expect(404)).body.code).toBe('VEHICLE_NOT_FOUND');
      expect((await get(`/vehicles/${id}?asOf=2020-01-01`).expect(404)).body.code).toBe('VEHICLE_NOT_FOUND');
      expect((await get(`/vehicles/${id}?asOf=last-week`).expect(400)).body.code).toBe('VALIDATION_FAILED');
    });

    it('shows a commander the vehicles of their centres (on their way to it too); others’ do not exist', async () => {
      const commanderA = await service.auth(['commander'], { centres: [centreA] });
      await get(`/vehicles/${travelling}`, commanderA).expect(200);
      const commanderC = await service.auth(['commander'], { centres: [centreC] });
      expect((await get(`/vehicles/${serviceable}`, commanderC).expect(404)).body.code).toBe('VEHICLE_NOT_FOUND');
      await get(`/vehicles/${serviceable}`, await service.auth(['auditor'])).expect(200);
      expect((await get(`/vehicles/${serviceable}`, await service.auth(['hr'])).expect(403)).body.code).toBe(
        'AUTH_FORBIDDEN_ROLE',
      );
      expect((await get(`/vehicles/${randomUUID()}`).expect(404)).body.code).toBe('VEHICLE_NOT_FOUND');
      expect((await get('/vehicles/not-a-uuid').expect(400)).body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('GET /vehicles/service-due', () => {
    it('lists vehicles due by date or by kilometres, overdue marked, the soonest first', async () => {
      const due = (await get(`/vehicles/service-due?withinKm=1000&withinDays=30`).expect(200)).body.items;
      expect(due.map((d: { vehicleId: string }) => d.vehicleId)).toEqual([broken, travelling]);
      expect(due[0]).toMatchObject({ vehicleId: broken, dueBy: ['date'], overdue: true, kmRemaining: 10_000 });
      expect(due[0].daysRemaining).toBeLessThan(0);
      expect(due[1]).toMatchObject({
        vehicleId: travelling,
        dueBy: ['km'],
        overdue: false,
        kmRemaining: 100,
        nextService: { km: 60_000 },
      });
      const narrower = (await get(`/vehicles/service-due?withinKm=50&withinDays=30`).expect(200)).body.items;
      expect(narrower.map((d: { vehicleId: string }) => d.vehicleId)).toEqual([broken]);
    });

    it('moves the next service on when one is recorded', async () => {
      const id = await registerVehicle(service, centreC, { odometerKm: 9_500 });
      const dueAtC = async () => (await get(`/vehicles/service-due?centreId=${centreC}`).expect(200)).body.items;
      expect(await dueAtC()).toEqual([]);
      // A reading 300 km short of the next service (due at 19,500 km).
      await service
        .http()
        .post(`/vehicles/${id}/damage`)
        .set('Authorization', logistics)
        .send({ cause: 'wear', occurredOn: today, severity: 'minor', description: 'Worn wipers', odometerKm: 19_200 })
        .expect(200);
      expect(await dueAtC()).toMatchObject([{ vehicleId: id, dueBy: ['km'], kmRemaining: 300, overdue: false }]);
      await service
        .http()
        .post(`/vehicles/${id}/services`)
        .set('Authorization', logistics)
        .send({ servicedOn: today, odometerKm: 19_250, workDone: 'Oil and filters' })
        .expect(200);
      expect(await dueAtC()).toEqual([]);
      expect((await get(`/vehicles/${id}`).expect(200)).body).toMatchObject({
        lastService: { on: today, odometerKm: 19_250 },
        nextService: { km: 29_250 },
      });
    });

    it('shows commanders their centres’ only, refuses HR and bad windows', async () => {
      const commanderB = await service.auth(['commander'], { centres: [centreB] });
      const items = (await get('/vehicles/service-due', commanderB).expect(200)).body.items;
      expect(items.map((d: { vehicleId: string }) => d.vehicleId)).toEqual([travelling]);
      expect((await get('/vehicles/service-due', await service.auth(['hr'])).expect(403)).body.code).toBe(
        'AUTH_FORBIDDEN_ROLE',
      );
      expect((await get('/vehicles/service-due?withinDays=999').expect(400)).body.code).toBe('VALIDATION_FAILED');
    });
  });
});
