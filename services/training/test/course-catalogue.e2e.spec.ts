import { randomUUID } from 'node:crypto';
import { startTestService, TestService } from '@muster/service-testing';
import { AppModule, trainingService } from '../src/app.module';

describe('the course catalogue through the API', () => {
  let service: TestService;
  let training: string;
  let auditor: string;

  beforeAll(async () => {
    service = await startTestService(AppModule, trainingService);
    training = await service.auth(['training']);
    auditor = await service.auth(['auditor']);
  });
  afterAll(async () => service?.close());

  const driving = {
    code: 'DRV-101',
    nameAr: 'القيادة',
    nameEn: 'Driving',
    competency: 'driving',
    hours: 40,
    passMark: 70,
    validityMonths: 36,
    prerequisites: [] as string[],
    isInduction: false,
  };
  const add = (body: object, token = training) =>
    service.http().post('/courses').set('Authorization', token).send(body);
  const post = (path: string, body: object, token = training) =>
    service.http().post(path).set('Authorization', token).send(body);
  const get = (path: string, token = auditor) => service.http().get(path).set('Authorization', token);

  let drivingId: string;

  it('adds a course: 201, its id and version 1 (also as the ETag), CourseAdded in its stream', async () => {
    const res = await add(driving).expect(201);
    expect(res.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), version: 1 });
    expect(res.headers['etag']).toBe('"1"');
    drivingId = res.body.id;

    const stream = await get(`/audit/streams/course-${drivingId}`).expect(200);
    expect(stream.body.events).toMatchObject([
      { type: 'CourseAdded', schemaVersion: 1, data: { courseId: drivingId, ...driving } },
    ]);
  });

  it('adds one with prerequisites (admin too), and refuses unknown ones and a code in use', async () => {
    const admin = await service.auth(['admin']);
    const defensive = { ...driving, code: 'DD-201', competency: 'defensive-driving', prerequisites: [drivingId] };
    await add(defensive, admin).expect(201);
    const unknown = await add({ ...defensive, code: 'DD-202', prerequisites: [randomUUID()] }).expect(422);
    expect(unknown.body.code).toBe('COURSE_PREREQUISITE_UNKNOWN');
    expect((await add({ ...driving, nameEn: 'Driving again' }).expect(409)).body.code).toBe('COURSE_CODE_TAKEN');
  });

  it('refuses bad input with 400 VALIDATION_FAILED', async () => {
    for (const body of [
      { ...driving, code: 'drv_101' },
      { ...driving, nameAr: 'Driving' },
      { ...driving, nameEn: 'القيادة' },
      { ...driving, competency: 'Search and Rescue' },
      { ...driving, hours: 0 },
      { ...driving, passMark: 101 },
      { ...driving, validityMonths: 0 },
      { ...driving, prerequisites: ['not-a-course'] },
      { ...driving, isInduction: 'no' },
      { ...driving, level: 'basic' },
    ]) {
      expect((await add(body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('lets only training and admins write; everyone of the organisation reads', async () => {
    for (const role of ['hr', 'commander', 'auditor', 'logistics'] as const) {
      const token = await service.auth([role]);
      expect((await add({ ...driving, code: 'NO-1' }, token).expect(403)).body.code).toBe('AUTH_FORBIDDEN_ROLE');
      expect(
        (await post(`/courses/${drivingId}/retire`, { retiredOn: '2026-01-01', reason: 'x' }, token).expect(403)).body
          .code,
      ).toBe('AUTH_FORBIDDEN_ROLE');
    }
    for (const role of ['training', 'admin', 'commander', 'hr', 'auditor'] as const) {
      await get(`/courses/${drivingId}`, await service.auth([role])).expect(200);
    }
    await get('/courses', await service.auth(['logistics'])).expect(403);
  });

  it('revises a course, keeping the earlier version readable as of a past instant', async () => {
    const before = new Date().toISOString();
    const revised = await post(`/courses/${drivingId}/revise`, {
      ...driving,
      code: undefined,
      hours: 48,
      passMark: 75,
      revisedOn: '2026-01-10',
      reason: 'Night driving added',
    }).expect(200);
    expect(revised.body.version).toBe(2);

    const now = await get(`/courses/${drivingId}`).expect(200);
    expect(now.body).toMatchObject({ hours: 48, passMark: 75, revisedOn: '2026-01-10', version: 2 });
    expect(now.body.history).toEqual([
      expect.objectContaining({ hours: 40, passMark: 70, replacedOn: '2026-01-10', reason: 'Night driving added' }),
    ]);
    const then = await get(`/courses/${drivingId}?asOf=${encodeURIComponent(before)}`).expect(200);
    expect(then.body).toMatchObject({ hours: 40, passMark: 70, version: 1, history: [] });
  });

  it('retires a course: kept and readable, off the default list, not revised again', async () => {
    const other = (await add({ ...driving, code: 'FA-100', competency: 'first-aid' }).expect(201)).body.id as string;
    await post(`/courses/${other}/retire`, { retiredOn: '2026-01-12', reason: 'Replaced by FA-200' }).expect(200);
    const again = await post(`/courses/${other}/retire`, { retiredOn: '2026-01-12', reason: 'x' }).expect(409);
    expect(again.body.code).toBe('COURSE_RETIRED');
    const revise = await post(`/courses/${other}/revise`, {
      ...driving,
      code: undefined,
      competency: 'first-aid',
      revisedOn: '2026-01-13',
      reason: 'x',
    }).expect(409);
    expect(revise.body.code).toBe('COURSE_RETIRED');

    expect((await get(`/courses/${other}`).expect(200)).body.retired).toEqual({
      on: '2026-01-12',
      reason: 'Replaced by FA-200',
    });
    const listed = (await get('/courses').expect(200)).body.items.map((c: { code: string }) => c.code);
    expect(listed).toEqual(['DD-201', 'DRV-101']);
    const all = (await get('/courses?includeRetired=true').expect(200)).body.items.map((c: { code: string }) => c.code);
    expect(all).toEqual(['DD-201', 'DRV-101', 'FA-100']);
  });

  it('answers 404 COURSE_NOT_FOUND for a course never added', async () => {
    expect((await get(`/courses/${randomUUID()}`).expect(404)).body.code).toBe('COURSE_NOT_FOUND');
    const res = await post(`/courses/${randomUUID()}/retire`, { retiredOn: '2026-01-12', reason: 'x' }).expect(404);
    expect(res.body.code).toBe('COURSE_NOT_FOUND');
  });

  it('adds one course when two people add the same code at the same moment; the other is told, never a 500', async () => {
    const same = { ...driving, code: `SAR-${randomUUID().slice(0, 6).toUpperCase()}`, competency: 'search-and-rescue' };
    const answers = await Promise.all(Array.from({ length: 4 }, () => add(same)));
    const outcomes = answers.map((a) => (a.status === 201 ? 'added' : `${a.status} ${a.body.code}`));
    expect(outcomes.filter((o) => o === 'added')).toHaveLength(1);
    for (const other of outcomes.filter((o) => o !== 'added'))
      expect(other).toMatch(/^409 (COURSE_CODE_TAKEN|SIMULTANEOUS_CHANGE)$/);
    const list = await get('/courses').expect(200);
    expect(JSON.stringify(list.body).split(same.code).length - 1).toBe(1);
  });
});
