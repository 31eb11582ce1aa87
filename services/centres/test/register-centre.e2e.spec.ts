import { startTestService, TestService } from '@muster/service-testing';
import { AppModule, centresService } from '../src/app.module';

describe('registering a centre through the API', () => {
  let service: TestService;
  let admin: string;

  beforeAll(async () => {
    service = await startTestService(AppModule, centresService);
    admin = await service.auth(['admin']);
  });
  afterAll(async () => service?.close());

  const centre = { code: 'IDL-03', nameAr: 'مركز سراقب', nameEn: 'Saraqib Centre', governorate: 'Idlib' };
  const register = (body: object, token = admin) =>
    service.http().post('/centres').set('Authorization', token).send(body);

  it('registers a centre: 201, its id and version 1 (also as the ETag), CentreRegistered in its stream', async () => {
    const res = await register(centre).expect(201);
    expect(res.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), version: 1 });
    expect(res.headers['etag']).toBe('"1"');

    const stream = await service
      .http()
      .get(`/audit/streams/centre-${res.body.id}`)
      .set('Authorization', await service.auth(['auditor']))
      .expect(200);
    expect(stream.body.events).toMatchObject([
      { type: 'CentreRegistered', schemaVersion: 1, data: { centreId: res.body.id, ...centre, status: 'operational' } },
    ]);
  });

  it('refuses bad input with 400 VALIDATION_FAILED', async () => {
    const { governorate: _governorate, ...withoutGovernorate } = centre;
    for (const body of [
      { ...centre, code: 'idl 3' },
      { ...centre, nameAr: 'Saraqib' },
      { ...centre, nameEn: 'مركز سراقب' },
      { ...centre, nameEn: '' },
      { ...centre, governorate: 'x'.repeat(61) },
      { ...centre, status: 'open' },
      withoutGovernorate,
      { ...centre, capacity: 12 },
    ]) {
      expect((await register(body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('refuses a caller who is not an admin (403)', async () => {
    expect((await register(centre, await service.auth(['logistics'])).expect(403)).body.code).toBe(
      'AUTH_FORBIDDEN_ROLE',
    );
  });
});
