import { startTestService, TestService } from '@muster/service-testing';
import { AppModule, trainingService } from '../src/app.module';

describe('role requirements through the API', () => {
  let service: TestService;
  let training: string;

  beforeAll(async () => {
    service = await startTestService(AppModule, trainingService);
    training = await service.auth(['training']);
  });
  afterAll(async () => service?.close());

  const put = (role: string, body: object, token = training) =>
    service.http().put(`/role-requirements/${role}`).set('Authorization', token).send(body);
  const read = async (path: string, roles: Parameters<TestService['auth']>[0] = ['auditor']) =>
    (
      await service
        .http()
        .get(path)
        .set('Authorization', await service.auth(roles))
        .expect(200)
    ).body;
  const requiredOf = (items: { role: string; competencies: string[] }[], role: string) =>
    items.find((i) => i.role === role)?.competencies;

  it('starts from the documented defaults', async () => {
    const { items } = await read('/role-requirements');
    expect(requiredOf(items, 'driver')).toEqual(['defensive-driving', 'driving']);
    expect(requiredOf(items, 'firefighter')).toEqual(['firefighting']);
    expect(requiredOf(items, 'rescuer')).toEqual(['first-aid', 'search-and-rescue']);
    expect(requiredOf(items, 'mechanic')).toEqual([]);
  });

  it('sets a role’s requirements from a date, keeping the history; reads on a past date see the old ones', async () => {
    const res = await put('firefighter', {
      competencies: ['firefighting', 'first-aid'],
      effectiveOn: '2025-06-01',
      reason: 'Burns first aid on every fire crew',
    }).expect(200);
    expect(res.body).toEqual({ id: expect.any(String), version: 1 });
    // The same role always lands on the same record.
    await put(
      'firefighter',
      { competencies: ['firefighting'], effectiveOn: '2025-09-01', reason: 'Back to the course alone' },
      await service.auth(['admin']),
    ).expect(200);

    expect(requiredOf((await read('/role-requirements?asOf=2025-05-31')).items, 'firefighter')).toEqual([
      'firefighting',
    ]);
    expect(requiredOf((await read('/role-requirements?asOf=2025-07-01', ['hr'])).items, 'firefighter')).toEqual([
      'firefighting',
      'first-aid',
    ]);
    const history = await read('/role-requirements/firefighter/history', ['commander']);
    expect(history.items).toMatchObject([
      { competencies: ['firefighting'], from: null, until: '2025-06-01', reason: null },
      { competencies: ['firefighting', 'first-aid'], from: '2025-06-01', until: '2025-09-01', setBy: 'test-training' },
      { competencies: ['firefighting'], from: '2025-09-01', until: null, reason: 'Back to the course alone' },
    ]);
  });

  it('refuses what is already required (409), a date before the version in force (422)', async () => {
    const same = await put('driver', {
      competencies: ['driving', 'defensive-driving'],
      effectiveOn: '2025-01-01',
      reason: 'x',
    });
    expect(same.status).toBe(409);
    expect(same.body.code).toBe('REQUIREMENTS_UNCHANGED');
    await put('rescuer', { competencies: ['search-and-rescue'], effectiveOn: '2025-05-01', reason: 'x' }).expect(200);
    const early = await put('rescuer', { competencies: ['first-aid'], effectiveOn: '2025-04-01', reason: 'x' });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('REQUIREMENT_DATE_BEFORE_CURRENT');
  });

  it('refuses bad input with 400 VALIDATION_FAILED', async () => {
    const good = { competencies: ['driving'], effectiveOn: '2025-01-01', reason: 'x' };
    for (const [role, body] of [
      ['pilot', good],
      ['driver', { ...good, competencies: ['First Aid'] }],
      ['driver', { ...good, competencies: 'driving' }],
      ['driver', { ...good, effectiveOn: '2025-02-30' }],
      ['driver', { ...good, reason: '' }],
      ['driver', { ...good, extra: true }],
    ] as const) {
      expect((await put(role, body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
    expect(
      (await service.http().get('/role-requirements?asOf=yesterday').set('Authorization', training).expect(400)).body
        .code,
    ).toBe('VALIDATION_FAILED');
  });

  it('lets only training and admin set requirements; everyone else is refused (403), strangers 401', async () => {
    const body = { competencies: ['driving'], effectiveOn: '2025-01-01', reason: 'x' };
    for (const role of ['hr', 'logistics', 'commander', 'auditor'] as const) {
      expect((await put('mechanic', body, await service.auth([role])).expect(403)).body.code).toBe(
        'AUTH_FORBIDDEN_ROLE',
      );
    }
    await service.http().put('/role-requirements/mechanic').send(body).expect(401);
    await service
      .http()
      .get('/role-requirements')
      .set('Authorization', await service.auth(['logistics']))
      .expect(403);
  });
});
