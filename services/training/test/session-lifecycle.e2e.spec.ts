import { randomUUID } from 'node:crypto';
import { EventEnvelope } from '@muster/contracts';
import { envelopeOf, makeCentresKnown, publish, startTestService, TestService } from '@muster/service-testing';
import { waitFor } from '@muster/testing';
import { DataSource } from 'typeorm';
import { AppModule, trainingService } from '../src/app.module';
import { memberStanding } from '../src/members';

/** Personnel's member events, at their place in the member's stream. */
const memberEvent = (memberId: string, version: number, type: string, data: object): EventEnvelope => ({
  ...envelopeOf('personnel', type, `member-${memberId}`, data),
  streamVersion: version,
});

interface Certification {
  certificationId: string;
  competency: string;
  number: string;
  status: string;
  expiresOn: string | null;
  history: { type: string }[];
}

describe('sessions through the API: scheduling, enrolment, attendance, results and the certifications they lead to', () => {
  let service: TestService;
  let training: string;
  let auditor: string;
  let commander: string;
  const centre = randomUUID();
  const [active, second, suspended, killed, unknown, third] = Array.from({ length: 6 }, () => randomUUID());
  const instructor = randomUUID();

  beforeAll(async () => {
    service = await startTestService(AppModule, trainingService);
    await makeCentresKnown(service, centre);
    training = await service.auth(['training']);
    auditor = await service.auth(['auditor']);
    commander = await service.auth(['commander'], { centres: [centre] });
    const onboarded = (memberId: string) =>
      memberEvent(memberId, 3, 'MemberOnboarded', { centreId: centre, roles: ['driver'], startsOn: '2025-01-01' });
    await publish(
      onboarded(active),
      onboarded(second),
      onboarded(third),
      onboarded(suspended),
      memberEvent(suspended, 4, 'MemberSuspended', { since: '2025-06-01' }),
      onboarded(killed),
      memberEvent(killed, 4, 'MemberKilledInLineOfDuty', { diedOn: '2025-07-01', centreId: centre, roles: ['driver'] }),
    );
    const db = service.app.get(DataSource);
    await waitFor(
      async () =>
        (await memberStanding(db, killed))?.status === 'killed' &&
        (await memberStanding(db, suspended))?.status === 'suspended' &&
        (await memberStanding(db, third)) !== null,
      30_000,
      'the members from personnel',
    );
  });
  afterAll(async () => service?.close());

  const post = (path: string, body: object, token = training) =>
    service.http().post(path).set('Authorization', token).send(body);
  const get = (path: string, token = auditor) => service.http().get(path).set('Authorization', token);
  const refused = async (res: { status: number; body: { code: string } }) => [res.status, res.body.code];

  const course = (code: string, competency: string, extra: object = {}) => ({
    code,
    nameAr: 'دورة',
    nameEn: 'Course',
    competency,
    hours: 24,
    passMark: 70,
    validityMonths: 24,
    prerequisites: [],
    isInduction: false,
    ...extra,
  });
  const session = (courseId: string, extra: object = {}) => ({
    courseId,
    centreId: centre,
    instructorIds: [instructor],
    startsOn: '2026-02-01',
    endsOn: '2026-02-03',
    capacity: 2,
    ...extra,
  });
  const certificationsOf = async (memberId: string): Promise<Certification[]> =>
    (await get(`/certifications?memberId=${memberId}`).expect(200)).body.items;

  let driving: string;
  let defensive: string;
  let induction: string;
  let retired: string;
  let drivingSession: string;

  beforeAll(async () => {
    driving = (await post('/courses', course('DRV-101', 'driving')).expect(201)).body.id;
    defensive = (
      await post('/courses', course('DD-201', 'defensive-driving', { prerequisites: [driving] })).expect(201)
    ).body.id;
    induction = (
      await post('/courses', course('IND-100', 'induction', { isInduction: true, validityMonths: null })).expect(201)
    ).body.id;
    retired = (await post('/courses', course('OLD-1', 'first-aid')).expect(201)).body.id;
    await post(`/courses/${retired}/retire`, { retiredOn: '2026-01-01', reason: 'Replaced' }).expect(200);
  });

  it('schedules a session (a commander at their own centre), refusing others with their codes', async () => {
    drivingSession = (await post('/sessions', session(driving), commander).expect(201)).body.id;
    const elsewhere = await service.auth(['commander'], { centres: [randomUUID()] });
    expect(await refused(await post('/sessions', session(driving), elsewhere))).toEqual([403, 'SESSION_OUT_OF_SCOPE']);
    expect(await refused(await post('/sessions', session(driving), await service.auth(['hr'])))).toEqual([
      403,
      'AUTH_FORBIDDEN_ROLE',
    ]);
    expect(await refused(await post('/sessions', session(retired)))).toEqual([409, 'COURSE_RETIRED']);
    expect(await refused(await post('/sessions', session(randomUUID())))).toEqual([404, 'COURSE_NOT_FOUND']);
    expect(await refused(await post('/sessions', session(driving, { centreId: randomUUID() })))).toEqual([
      422,
      'UNKNOWN_CENTRE',
    ]);
    expect(await refused(await post('/sessions', session(driving, { capacity: 0 })))).toEqual([
      422,
      'SESSION_INVALID_CAPACITY',
    ]);
    expect(await refused(await post('/sessions', session(driving, { endsOn: '2026-01-01' })))).toEqual([
      422,
      'SESSION_INVALID_DATES',
    ]);
    expect(await refused(await post('/sessions', session(driving, { instructorIds: [] })))).toEqual([
      400,
      'VALIDATION_FAILED',
    ]);
  });

  it('enrols members in good standing while there is room; refuses the rest with their codes', async () => {
    const enrol = (memberId: string, token = training) =>
      post(`/sessions/${drivingSession}/enrolments`, { memberId, enrolledOn: '2026-01-20' }, token);
    await enrol(active, commander).expect(200);
    expect(await refused(await enrol(active))).toEqual([409, 'MEMBER_ALREADY_ENROLLED']);
    expect(await refused(await enrol(unknown))).toEqual([422, 'MEMBER_NOT_KNOWN']);
    expect(await refused(await enrol(suspended))).toEqual([422, 'MEMBER_NOT_ELIGIBLE']);
    expect(await refused(await enrol(killed))).toEqual([422, 'MEMBER_NOT_ELIGIBLE']);
    await enrol(second).expect(200);
    expect(await refused(await enrol(third))).toEqual([409, 'SESSION_FULL']);
    expect(
      await refused(await post(`/sessions/${randomUUID()}/enrolments`, { memberId: third, enrolledOn: '2026-01-20' })),
    ).toEqual([404, 'SESSION_NOT_FOUND']);
  });

  it('refuses an enrolment without the prerequisites’ competencies', async () => {
    const id = (
      await post('/sessions', session(defensive, { startsOn: '2026-03-01', endsOn: '2026-03-02' })).expect(201)
    ).body.id;
    const res = await post(`/sessions/${id}/enrolments`, { memberId: active, enrolledOn: '2026-01-20' });
    expect(await refused(res)).toEqual([422, 'PREREQUISITE_MISSING']);
    expect(res.body.details).toEqual({ competencies: ['driving'] });
  });

  it('records attendance per day for enrolled members only, on the session’s days', async () => {
    const attend = (memberId: string, day: string) =>
      post(`/sessions/${drivingSession}/attendance`, { memberId, day, present: true }, commander);
    await attend(active, '2026-02-01').expect(200);
    await attend(second, '2026-02-02').expect(200);
    expect(await refused(await attend(third, '2026-02-01'))).toEqual([422, 'NOT_ENROLLED']);
    expect(await refused(await attend(active, '2026-02-04'))).toEqual([422, 'ATTENDANCE_DAY_OUTSIDE_SESSION']);
  });

  it('records results: a pass awards a certification (through the reaction), a fail none', async () => {
    const result = (memberId: string, score: unknown) =>
      post(`/sessions/${drivingSession}/results`, { memberId, score, resultOn: '2026-02-03' });
    expect(await refused(await result(active, 101))).toEqual([422, 'SCORE_OUT_OF_RANGE']);
    expect(await refused(await result(active, -5))).toEqual([422, 'SCORE_OUT_OF_RANGE']);
    expect(await refused(await result(third, 80))).toEqual([422, 'NOT_ENROLLED']);
    expect(await refused(await result(active, '80'))).toEqual([400, 'VALIDATION_FAILED']);
    await result(active, 85).expect(200);
    await result(second, 50).expect(200);
    expect(await refused(await result(active, 90))).toEqual([409, 'RESULT_ALREADY_RECORDED']);

    await waitFor(async () => (await certificationsOf(active)).length === 1, 30_000, 'the certification');
    const [certification] = await certificationsOf(active);
    expect(certification).toMatchObject({
      competency: 'driving',
      number: expect.stringMatching(/^DRV-101-2026-[0-9A-F]{8}$/),
      issuingBody: 'civil-defence-training',
      issuedOn: '2026-02-03',
      expiresOn: '2028-02-02',
      verifiedBy: 'test-training',
      basis: { kind: 'session', sessionId: drivingSession },
      status: 'valid',
    });
    expect(await certificationsOf(second)).toEqual([]);
    // The member's commander sees the certification; a commander of another centre does not.
    const seen = await get(`/certifications?memberId=${active}`, commander).expect(200);
    expect(seen.body.total).toBe(1);
    const elsewhere = await service.auth(['commander'], { centres: [randomUUID()] });
    expect((await get(`/certifications?memberId=${active}`, elsewhere).expect(200)).body.total).toBe(0);

    const view = await get(`/sessions/${drivingSession}`).expect(200);
    expect(view.body.enrolments).toEqual([
      expect.objectContaining({
        memberId: active,
        attendance: { '2026-02-01': true },
        result: { score: 85, passed: true, resultOn: '2026-02-03', certificationId: certification?.certificationId },
      }),
      expect.objectContaining({ memberId: second, result: expect.objectContaining({ passed: false }) }),
    ]);
  });

  it('enrols once the prerequisite is held, and a refresher renews the same certification', async () => {
    const dd = (
      await post('/sessions', session(defensive, { startsOn: '2026-03-01', endsOn: '2026-03-02' })).expect(201)
    ).body.id;
    await post(`/sessions/${dd}/enrolments`, { memberId: active, enrolledOn: '2026-02-10' }).expect(200);

    const refresher = (
      await post('/sessions', session(driving, { startsOn: '2027-06-01', endsOn: '2027-06-01' })).expect(201)
    ).body.id;
    await post(`/sessions/${refresher}/enrolments`, { memberId: active, enrolledOn: '2027-05-01' }).expect(200);
    await post(`/sessions/${refresher}/results`, { memberId: active, score: 90, resultOn: '2027-06-01' }).expect(200);
    await waitFor(async () => (await certificationsOf(active))[0]?.expiresOn === '2029-05-31', 30_000, 'the renewal');
    const [renewed] = await certificationsOf(active);
    expect(renewed?.history.map((h) => h.type)).toEqual(['CertificationRenewed']);
    expect(await certificationsOf(active)).toHaveLength(1);
  });

  it('records InductionCompleted in the session when the induction course is passed', async () => {
    const id = (await post('/sessions', session(induction)).expect(201)).body.id;
    await post(`/sessions/${id}/enrolments`, { memberId: second, enrolledOn: '2026-01-20' }).expect(200);
    await post(`/sessions/${id}/results`, { memberId: second, score: 75, resultOn: '2026-02-03' }).expect(200);
    const stream = await get(`/audit/streams/session-${id}`).expect(200);
    expect(stream.body.events.at(-1)).toMatchObject({
      type: 'InductionCompleted',
      data: { memberId: second, completedOn: '2026-02-03', sessionId: id },
    });
  });

  it('shows sessions to training, HR, auditors and their own centre’s commanders', async () => {
    for (const role of ['training', 'admin', 'hr', 'auditor'] as const) {
      expect((await get('/sessions', await service.auth([role])).expect(200)).body.total).toBe(5);
    }
    expect((await get('/sessions', commander).expect(200)).body.total).toBe(5);
    const elsewhere = await service.auth(['commander'], { centres: [randomUUID()] });
    expect((await get('/sessions', elsewhere).expect(200)).body.total).toBe(0);
    expect(await refused(await get(`/sessions/${drivingSession}`, elsewhere))).toEqual([404, 'SESSION_NOT_FOUND']);
    expect(await refused(await get(`/sessions?centreId=${centre}`, elsewhere))).toEqual([403, 'AUTH_CENTRE_SCOPE']);
    expect(
      await refused(
        await post(
          `/sessions/${drivingSession}/attendance`,
          { memberId: active, day: '2026-02-01', present: false },
          elsewhere,
        ),
      ),
    ).toEqual([403, 'SESSION_OUT_OF_SCOPE']);
    await get('/sessions', await service.auth(['logistics'])).expect(403);
  });
});
