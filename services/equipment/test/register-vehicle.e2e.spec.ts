import { randomUUID } from 'node:crypto';
import { startTestService, TestService } from '@muster/service-testing';
import { AppModule, equipmentService } from '../src/app.module';

describe('registering a vehicle through the API', () => {
  let service: TestService;
  let logistics: string;

  beforeAll(async () => {
    service = await startTestService(AppModule, equipmentService);
    logistics = await service.auth(['logistics']);
  });
  afterAll(async () => service?.close());

  const centreId = randomUUID();
  const vehicle = { plate: 'إدلب 123456', type: 'fire-engine', make: 'Mercedes-Benz', model: 'Atego 1530', centreId };
  const register = (body: object, token = logistics) =>
    service.http().post('/vehicles').set('Authorization', token).send(body);

  it('registers a vehicle: 201, its id and version 1 (also as the ETag), VehicleRegistered in its stream', async () => {
    const res = await register(vehicle).expect(201);
    expect(res.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), version: 1 });
    expect(res.headers['etag']).toBe('"1"');

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
    ]);
  });

  it('lets an admin register one too, out of service', async () => {
    const res = await register(
      { ...vehicle, plate: 'HAMA 2210', status: 'unserviceable' },
      await service.auth(['admin']),
    );
    expect(res.status).toBe(201);
  });

  it('refuses bad input with 400 VALIDATION_FAILED', async () => {
    const { model: _model, ...withoutModel } = vehicle;
    const { centreId: _centreId, ...withoutCentre } = vehicle;
    for (const body of [
      { ...vehicle, plate: 'AB--12' },
      { ...vehicle, plate: 'x'.repeat(21) },
      { ...vehicle, type: 'submarine' },
      { ...vehicle, make: '' },
      withoutModel,
      withoutCentre,
      { ...vehicle, centreId: 'centre-7' },
      { ...vehicle, status: 'written-off' },
      { ...vehicle, vehicleType: 'ambulance' },
    ]) {
      expect((await register(body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('refuses a caller from neither logistics nor admin (403)', async () => {
    expect((await register(vehicle, await service.auth(['training'])).expect(403)).body.code).toBe(
      'AUTH_FORBIDDEN_ROLE',
    );
  });
});
