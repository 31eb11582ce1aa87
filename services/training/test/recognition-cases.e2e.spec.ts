import { randomUUID } from 'node:crypto';
import { envelopeOf, publish, startTestService, TestService } from '@muster/service-testing';
import { waitFor } from '@muster/testing';
import { DataSource } from 'typeorm';
import { AppModule, trainingService } from '../src/app.module';
import { certificationIdOf } from '../src/certification/certification.aggregate';
import { recognitionCaseId } from '../src/recognition/domain/recognition-case-id';

describe('recognition of prior learning of an integrated crew', () => {
  let service: TestService;
  let training: string;
  let auditor: string;
  const intakeId = randomUUID();
  const centreId = randomUUID();
  const [chief, driver] = [randomUUID(), randomUUID()];
  let firefightingCourse: string;
  let inductionCourse: string;

  const crewIntakeCompleted = () =>
    envelopeOf('personnel', 'CrewIntakeCompleted', `crewintake-${intakeId}`, {
      intakeId,
      receivingCentreId: centreId,
      completedOn: '2025-02-01',
      cleared: [
        {
          personId: randomUUID(),
          memberId: chief,
          roles: ['firefighter', 'team-leader'],
          priorService: [
            { organisation: 'Aleppo Fire Brigade', rankOrRole: 'station chief', from: '2009', to: null },
            { organisation: 'Aleppo Fire Brigade', rankOrRole: 'firefighter', from: '2001', to: '2009' },
          ],
        },
        {
          personId: randomUUID(),
          memberId: driver,
          roles: ['driver'],
          priorService: [{ organisation: 'Aleppo Fire Brigade', rankOrRole: 'driver', from: '2015-03', to: null }],
        },
      ],
    });

  beforeAll(async () => {
    service = await startTestService(AppModule, trainingService);
    training = await service.auth(['training']);
    auditor = await service.auth(['auditor']);
    const addCourse = async (code: string, competency: string, isInduction: boolean) =>
      (
        await service
          .http()
          .post('/courses')
          .set('Authorization', training)
          .send({
            code,
            nameAr: 'دورة',
            nameEn: `Course ${code}`,
            competency,
            hours: 40,
            passMark: 70,
            validityMonths: isInduction ? null : 24,
            prerequisites: [],
            isInduction,
          })
          .expect(201)
      ).body.id as string;
    firefightingCourse = await addCourse(`FF-${randomUUID().slice(0, 4).toUpperCase()}`, 'firefighting', false);
    inductionCourse = await addCourse(`IND-${randomUUID().slice(0, 4).toUpperCase()}`, 'induction', true);
  });
  afterAll(async () => service?.close());

  const cases = async () =>
    (await service.http().get(`/recognition-cases?intakeId=${intakeId}`).set('Authorization', auditor).expect(200))
      .body;
  const post = (caseId: string, route: string, body: object, token = training) =>
    service.http().post(`/recognition-cases/${caseId}/${route}`).set('Authorization', token).send(body);

  it('opens one case per cleared person from a crew intake on the real broker, exactly once', async () => {
    const intake = crewIntakeCompleted();
    // Delivered twice (the inbox), and replayed under another event id (the case is already open).
    await publish(intake, intake, { ...intake, id: randomUUID() });
    await waitFor(async () => (await cases()).total === 2, 30_000, 'the recognition cases');
    // The replay is refused by the case's own rule, recorded, and opens nothing.
    await waitFor(
      async () =>
        (
          await service.app
            .get(DataSource)
            .query(
              `SELECT 1 FROM reaction_refusals WHERE code = 'RECOGNITION_CASE_ALREADY_OPENED' AND stream_id = ANY ($1)`,
              [[chief, driver].map((m) => `recognitioncase-${recognitionCaseId(intakeId, m)}`)],
            )
        ).length === 2,
      30_000,
      'the replay’s refusals',
    );
    const { items, total } = await cases();
    expect(total).toBe(2);
    const chiefCase = items.find((c: { memberId: string }) => c.memberId === chief);
    expect(chiefCase).toMatchObject({
      caseId: recognitionCaseId(intakeId, chief),
      receivingCentreId: centreId,
      roles: ['firefighter', 'team-leader'],
      openedOn: '2025-02-01',
      evidence: [],
      grants: [],
      closed: null,
    });
    expect(chiefCase.priorService).toHaveLength(2);
  });

  it('grants an equivalent certification only after evidence, awarded as recognised with its prior service', async () => {
    const caseId = recognitionCaseId(intakeId, chief);
    const grant = {
      courseId: firefightingCourse,
      priorServiceIndex: 1,
      issuedOn: '2025-02-15',
      expiresOn: '2027-02-14',
    };
    expect((await post(caseId, 'grants', grant).expect(409)).body.code).toBe('RECOGNITION_EVIDENCE_REQUIRED');
    await post(caseId, 'evidence', {
      description: 'Brigade certificate seen; live-fire drill observed',
      reference: 'AFB-1187',
      recordedOn: '2025-02-10',
    }).expect(200);
    const inductionRefused = await post(caseId, 'grants', { ...grant, courseId: inductionCourse }).expect(422);
    expect(inductionRefused.body.code).toBe('RECOGNITION_INDUCTION_NOT_RECOGNISED');
    expect((await post(caseId, 'grants', { ...grant, courseId: randomUUID() }).expect(422)).body.code).toBe(
      'RECOGNITION_COURSE_UNKNOWN',
    );
    await post(caseId, 'grants', grant).expect(200);
    expect((await post(caseId, 'grants', grant).expect(409)).body.code).toBe('RECOGNITION_ALREADY_GRANTED');

    const view = (await service.http().get(`/recognition-cases/${caseId}`).set('Authorization', auditor).expect(200))
      .body;
    expect(view.grants).toMatchObject([
      { competency: 'firefighting', priorService: 'Aleppo Fire Brigade, firefighter, 2001–2009' },
    ]);
    const certificationId = certificationIdOf('civil-defence-training', view.grants[0].number);
    let events: { type: string; data: Record<string, unknown> }[] = [];
    await waitFor(
      async () => {
        const res = await service
          .http()
          .get(`/audit/streams/certification-${certificationId}`)
          .set('Authorization', auditor);
        events = res.status === 200 ? res.body.events : [];
        return events.length > 0;
      },
      30_000,
      'the recognised certification',
    );
    expect(events).toMatchObject([
      {
        type: 'CertificationAwarded',
        data: {
          memberId: chief,
          competency: 'firefighting',
          issuedOn: '2025-02-15',
          expiresOn: '2027-02-14',
          verifiedBy: 'test-training',
          basis: { kind: 'recognition', caseId, priorService: 'Aleppo Fire Brigade, firefighter, 2001–2009' },
        },
      },
    ]);
  });

  it('records that an assessment or refresher comes first, then closes the case', async () => {
    const caseId = recognitionCaseId(intakeId, driver);
    await post(caseId, 'assessments', {
      courseId: firefightingCourse,
      requirement: 'refresher',
      notes: 'No recent fire-ground practice',
      decidedOn: '2025-02-12',
    }).expect(200);
    await post(caseId, 'evidence', { description: 'Licence seen', recordedOn: '2025-02-12' }).expect(200);
    const pending = await post(caseId, 'grants', {
      courseId: firefightingCourse,
      priorServiceIndex: 0,
      issuedOn: '2025-02-15',
      expiresOn: '2027-02-14',
    }).expect(409);
    expect(pending.body.code).toBe('RECOGNITION_ASSESSMENT_REQUIRED');
    await post(
      caseId,
      'closure',
      { closedOn: '2025-03-01', notes: 'Refresher booked' },
      await service.auth(['admin']),
    ).expect(200);
    expect((await post(caseId, 'evidence', { description: 'x', recordedOn: '2025-03-02' }).expect(409)).body.code).toBe(
      'RECOGNITION_CASE_CLOSED',
    );
    const open = await service
      .http()
      .get(`/recognition-cases?intakeId=${intakeId}&open=false`)
      .set('Authorization', auditor)
      .expect(200);
    expect(open.body.items.map((c: { memberId: string }) => c.memberId)).toEqual([driver]);
  });

  it('refuses bad input (400) and an unknown case (404)', async () => {
    const caseId = recognitionCaseId(intakeId, chief);
    for (const [route, body] of [
      ['evidence', { description: '', recordedOn: '2025-02-10' }],
      ['evidence', { description: 'x', recordedOn: '2025-02-30' }],
      ['grants', { courseId: 'x', priorServiceIndex: 0, issuedOn: '2025-02-15' }],
      ['grants', { courseId: firefightingCourse, priorServiceIndex: -1, issuedOn: '2025-02-15' }],
      ['assessments', { courseId: firefightingCourse, requirement: 'exam', notes: 'x', decidedOn: '2025-02-12' }],
      ['closure', { closedOn: '2025-03-01', extra: 1 }],
    ] as const) {
      expect((await post(caseId, route, body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
    await service.http().get('/recognition-cases?open=maybe').set('Authorization', auditor).expect(400);
    expect(
      (await post(randomUUID(), 'evidence', { description: 'x', recordedOn: '2025-02-10' }).expect(404)).body.code,
    ).toBe('RECOGNITION_CASE_NOT_FOUND');
  });

  it('lets only training and admin decide; commanders read their centre’s cases only', async () => {
    const caseId = recognitionCaseId(intakeId, chief);
    for (const role of ['hr', 'logistics', 'commander', 'auditor'] as const) {
      const token = await service.auth([role], { centres: [centreId] });
      expect(
        (await post(caseId, 'evidence', { description: 'x', recordedOn: '2025-02-10' }, token).expect(403)).body.code,
      ).toBe('AUTH_FORBIDDEN_ROLE');
    }
    const own = await service.auth(['commander'], { centres: [centreId] });
    const other = await service.auth(['commander'], { centres: [randomUUID()] });
    await service.http().get(`/recognition-cases/${caseId}`).set('Authorization', own).expect(200);
    expect(
      (await service.http().get(`/recognition-cases/${caseId}`).set('Authorization', other).expect(403)).body.code,
    ).toBe('AUTH_CENTRE_SCOPE');
    expect(
      (await service.http().get(`/recognition-cases?intakeId=${intakeId}`).set('Authorization', other).expect(200)).body
        .total,
    ).toBe(0);
    await service
      .http()
      .get(`/recognition-cases/${caseId}`)
      .set('Authorization', await service.auth(['hr']))
      .expect(200);
    await service
      .http()
      .get(`/recognition-cases`)
      .set('Authorization', await service.auth(['logistics']))
      .expect(403);
  });
});
