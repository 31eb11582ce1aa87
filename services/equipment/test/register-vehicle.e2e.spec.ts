import { randomUUID } from 'node:crypto';
import { makeCentresKnown, startTestService, TestService } from '@muster/service-testing';
import { AppModule, equipmentService } from '../src/app.module';
import { recordDonor, vehicleBody } from './vehicle-support';

describe('registering a vehicle through the API', () => {
  let service: TestService;
  let logistics: string;

  beforeAll(async () => {
    service = await startTestService(AppModule, equipmentService);
    await makeCentresKnown(service, centreId);
    logistics = await service.auth(['logistics']);
  });
  afterAll(async () => service?.close());

  const centreId = randomUUID();
  const vehicle = vehicleBody(centreId, { plate: 'إدلب 123456' });
  const register = (body: object, token = logistics) =>
    service.http().post('/vehicles').set('Authorization', token).send(body);

  it('registers a vehicle: 201, its id and version 2 (also as the ETag), registration and details in its stream', async () => {
    const donorId = await recordDonor(service);
    const res = await register({ ...vehicle, donorId, vin: 'wdb9700561l123456' }).expect(201);
    expect(res.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), version: 2 });
    expect(res.headers['etag']).toBe('"2"');

    const stream = await service
      .http()
      .get(`/audit/streams/vehicle-${res.body.id}`)
      .set('Authorization', await service.auth(['auditor']))
      .expect(200);
    expect(stream.body.events).toMatchObject([
      {
        type: 'VehicleRegistered',
        schemaVersion: 1,
        data: {
          vehicleId: res.body.id,
          plate: 'إدلب 123456',
          vehicleType: 'fire-engine',
          make: 'Mercedes-Benz',
          model: 'Atego 1530',
          centreId,
          status: 'serviceable',
        },
      },
      {
        type: 'VehicleDetailsRecorded',
        schemaVersion: 1,
        data: {
          vin: 'WDB9700561L123456',
          year: 2012,
          donorId,
          acquiredOn: vehicle.acquiredOn,
          odometerKm: 120_000,
          engineHours: 4_000,
          fuelType: 'diesel',
          tankCapacityLitres: 200,
          serviceInterval: { km: 10_000, months: 6 },
        },
      },
    ]);
  });

  it('lets an admin register one out of service, with why, and without papers (no VIN, year, donor or hour meter)', async () => {
    const { vin: _vin, year: _year, donorId: _donorId, engineHours: _hours, ...withoutPapers } = vehicle;
    const res = await register(
      { ...withoutPapers, plate: 'HAMA 2210', status: 'unserviceable', statusReason: 'No tyres' },
      await service.auth(['admin']),
    ).expect(201);
    const profile = await service.http().get(`/vehicles/${res.body.id}`).set('Authorization', logistics).expect(200);
    expect(profile.body).toMatchObject({
      status: 'unserviceable',
      statusReason: { code: 'DECLARED_UNSERVICEABLE', note: 'No tyres' },
      vin: null,
      year: null,
      donorId: null,
      engineHours: null,
    });
  });

  it('refuses bad input with 400 VALIDATION_FAILED', async () => {
    const { model: _model, ...withoutModel } = vehicle;
    const { centreId: _centreId, ...withoutCentre } = vehicle;
    const { odometerKm: _odometer, ...withoutOdometer } = vehicle;
    for (const body of [
      { ...vehicle, plate: 'AB--12' },
      { ...vehicle, plate: 'x'.repeat(21) },
      { ...vehicle, type: 'submarine' },
      { ...vehicle, make: '' },
      withoutModel,
      withoutCentre,
      withoutOdometer,
      { ...vehicle, centreId: 'centre-7' },
      { ...vehicle, status: 'written-off' },
      { ...vehicle, vehicleType: 'ambulance' },
      { ...vehicle, vin: 'WDB97005O1L123456' },
      { ...vehicle, odometerKm: -1 },
      { ...vehicle, odometerKm: 12.5 },
      { ...vehicle, fuelType: 'coal' },
      { ...vehicle, tankCapacityLitres: 0 },
      { ...vehicle, serviceIntervalMonths: 0 },
      { ...vehicle, acquiredOn: '2019-02-30' },
      { ...vehicle, donorId: 'UNHCR' },
    ]) {
      expect((await register(body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('refuses what the rules forbid with 422 and a stable code', async () => {
    expect((await register({ ...vehicle, status: 'unserviceable' }).expect(422)).body.code).toBe('REASON_REQUIRED');
    expect((await register({ ...vehicle, acquiredOn: '2999-01-01' }).expect(422)).body.code).toBe('DATE_IN_FUTURE');
    const elsewhere = await register({ ...vehicle, centreId: randomUUID() }).expect(422);
    expect(elsewhere.body).toMatchObject({ code: 'UNKNOWN_CENTRE' });
    expect(elsewhere.body.message).toContain('not known to the equipment service (yet)');
  });

  it('refuses a donor the donor register does not hold: 422 DONOR_UNKNOWN, and nothing is registered', async () => {
    const before = await service
      .http()
      .get('/vehicles')
      .query({ centreId })
      .set('Authorization', logistics)
      .expect(200);
    const res = await register({ ...vehicle, plate: 'HAMA 7781', donorId: randomUUID() }).expect(422);
    expect(res.body.code).toBe('DONOR_UNKNOWN');
    const after = await service.http().get('/vehicles').query({ centreId }).set('Authorization', logistics).expect(200);
    expect(after.body.total).toBe(before.body.total);
  });

  it('refuses anyone but logistics and admins (403): commanders, HR, training, auditors', async () => {
    for (const roles of [['commander'], ['hr'], ['training'], ['auditor']] as const) {
      const token = await service.auth(roles, { centres: [centreId] });
      expect((await register(vehicle, token).expect(403)).body.code).toBe('AUTH_FORBIDDEN_ROLE');
    }
  });
});
