import { startTestService, TestService } from '@muster/service-testing';
import { AppModule, centresService } from '../src/app.module';
import { centreBody } from './support';

describe('registering a centre through the API', () => {
  let service: TestService;
  let admin: string;

  beforeAll(async () => {
    service = await startTestService(AppModule, centresService);
    admin = await service.auth(['admin']);
  });
  afterAll(async () => service?.close());

  const centre = centreBody();
  const register = (body: object, token = admin) =>
    service.http().post('/centres').set('Authorization', token).send(body);

  it('registers a centre: 201, its id and version 3 (also as the ETag), its details and first site in its stream', async () => {
    const res = await register(centre).expect(201);
    expect(res.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), version: 3 });
    expect(res.headers['etag']).toBe('"3"');

    const stream = await service
      .http()
      .get(`/audit/streams/centre-${res.body.id}`)
      .set('Authorization', await service.auth(['auditor']))
      .expect(200);
    const { code, nameAr, nameEn, governorate, centreType, capacity, powerSupply, site } = centre;
    expect(stream.body.events).toMatchObject([
      {
        type: 'CentreRegistered',
        schemaVersion: 1,
        data: { centreId: res.body.id, code, nameAr, nameEn, governorate, status: 'operational' },
      },
      { type: 'CentreDetailsRecorded', data: { centreType, capacity, powerSupply } },
      { type: 'CentreSiteEstablished', data: { site } },
    ]);
  });

  it('registers a planned centre, a site without coordinates', async () => {
    const res = await register(centreBody({ status: 'planned', site: { address: 'Former outpost, Aleppo' } })).expect(
      201,
    );
    const profile = await service.http().get(`/centres/${res.body.id}`).set('Authorization', admin).expect(200);
    expect(profile.body).toMatchObject({
      status: 'planned',
      site: { address: 'Former outpost, Aleppo', coordinates: null },
    });
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
      { ...centre, status: 'destroyed' },
      withoutGovernorate,
      { ...centre, capacity: 12 },
      { ...centre, capacity: { people: -1, vehicleBays: 2 } },
      { ...centre, capacity: { people: 10, vehicleBays: 2, cars: 1 } },
      { ...centre, centreType: 'hospital' },
      { ...centre, powerSupply: 'nuclear' },
      { ...centre, site: { address: '' } },
      { ...centre, site: { address: 'x', coordinates: { latitude: 91, longitude: 0 } } },
      { ...centre, commander: 'x' },
    ]) {
      expect({ body, code: (await register(body).expect(400)).body.code }).toEqual({ body, code: 'VALIDATION_FAILED' });
    }
  });

  it('refuses a caller who is not an admin (403)', async () => {
    for (const roles of [['logistics'], ['hr'], ['commander'], ['auditor']] as const) {
      expect((await register(centre, await service.auth(roles)).expect(403)).body.code).toBe('AUTH_FORBIDDEN_ROLE');
    }
  });
});
