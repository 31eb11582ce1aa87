import { randomUUID } from 'node:crypto';
import { startTestService, TestService } from '@muster/service-testing';
import { AppModule, equipmentService } from '../src/app.module';

describe('the donor register through the API', () => {
  let service: TestService;
  let logistics: string;

  beforeAll(async () => {
    service = await startTestService(AppModule, equipmentService);
    logistics = await service.auth(['logistics']);
  });
  afterAll(async () => service?.close());

  const donor = {
    names: { ar: 'الدفاع المدني الألماني', en: 'German Federal Agency for Technical Relief' },
    kind: 'government',
    country: 'de',
  };
  const record = (body: object, token = logistics) =>
    service.http().post('/donors').set('Authorization', token).send(body);

  it('records a donor (201), lists it and reads it, the country in capitals', async () => {
    const res = await record(donor).expect(201);
    expect(res.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), version: 1 });
    const read = await service.http().get(`/donors/${res.body.id}`).set('Authorization', logistics).expect(200);
    expect(read.body).toEqual({
      donorId: res.body.id,
      version: 1,
      names: donor.names,
      kind: 'government',
      country: 'DE',
    });
    const list = await service
      .http()
      .get('/donors')
      .set('Authorization', await service.auth(['auditor']))
      .expect(200);
    expect(list.body.items).toContainEqual(read.body);
  });

  it('corrects a donor’s details (PUT), and records nothing when nothing changes', async () => {
    const { body } = await record(donor).expect(201);
    const corrected = { ...donor, names: { ...donor.names, en: 'THW' }, kind: 'government', country: 'DE' };
    const put = () => service.http().put(`/donors/${body.id}/details`).set('Authorization', logistics).send(corrected);
    expect((await put().expect(200)).body.version).toBe(2);
    expect((await put().expect(200)).body.version).toBe(2);
    const read = await service.http().get(`/donors/${body.id}`).set('Authorization', logistics).expect(200);
    expect(read.body.names.en).toBe('THW');
  });

  it('refuses bad input (400), a blank name (422) and an unknown donor (404)', async () => {
    for (const body of [
      { ...donor, kind: 'company' },
      { ...donor, country: 'DEU' },
      { ...donor, names: { ar: 'x' } },
      { ...donor, names: 'THW' },
      { ...donor, extra: 1 },
    ]) {
      expect((await record(body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
    expect((await record({ ...donor, names: { ar: ' ', en: 'THW' } }).expect(422)).body.code).toBe(
      'DONOR_NAME_REQUIRED',
    );
    const unknown = randomUUID();
    expect((await service.http().get(`/donors/${unknown}`).set('Authorization', logistics).expect(404)).body.code).toBe(
      'DONOR_NOT_FOUND',
    );
    const put = await service.http().put(`/donors/${unknown}/details`).set('Authorization', logistics).send(donor);
    expect(put.status).toBe(404);
    expect(put.body.code).toBe('DONOR_NOT_FOUND');
  });

  it('lets only logistics and admins record (403 otherwise); auditors and commanders read', async () => {
    expect((await record(donor, await service.auth(['admin']))).status).toBe(201);
    for (const roles of [['commander'], ['hr'], ['training'], ['auditor']] as const) {
      expect((await record(donor, await service.auth(roles)).expect(403)).body.code).toBe('AUTH_FORBIDDEN_ROLE');
    }
    for (const roles of [['commander'], ['auditor'], ['admin']] as const) {
      await service
        .http()
        .get('/donors')
        .set('Authorization', await service.auth(roles))
        .expect(200);
    }
    await service
      .http()
      .get('/donors')
      .set('Authorization', await service.auth(['hr']))
      .expect(403);
  });
});
