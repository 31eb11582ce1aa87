import { randomUUID } from 'node:crypto';
import {
  envelopeOf,
  knownCentre,
  makeCentresKnown,
  publish,
  startTestService,
  TestService,
} from '@muster/service-testing';
import { AppModule, personnelService } from '../src/app.module';
import { DataSource } from 'typeorm';
import { waitFor } from '@muster/testing';
import { activeMember, applyMember, identityFixture } from './support';

describe('members through the API', () => {
  let service: TestService;
  let hr: string;
  const centreA = randomUUID();
  const centreB = randomUUID();

  beforeAll(async () => {
    service = await startTestService(AppModule, personnelService);
    await makeCentresKnown(service, centreA, centreB);
    hr = await service.auth(['hr']);
  });
  afterAll(async () => service?.close());

  const post = (path: string, body: object, token = hr) =>
    service.http().post(path).set('Authorization', token).send(body);
  const get = (path: string, token = hr) => service.http().get(path).set('Authorization', token);

  it('takes an applicant through vetting, onboarding and a whole career, each step answering { id, version } and an ETag', async () => {
    const applied = await applyMember(service, { preferredCentreId: centreA });
    expect(applied.version).toBe(1);
    const id = applied.id;
    const steps: [string, object][] = [
      ['vetting', { outcome: 'cleared', vettedOn: '2025-01-15', notes: 'References checked' }],
      ['onboarding', { centreId: centreA, roles: ['rescuer'], startsOn: '2025-02-01', probationEndsOn: '2025-08-01' }],
      ['transfers', { toCentreId: centreB, effectiveOn: '2025-03-01', reason: 'Centre B short of rescuers' }],
      ['role-changes', { roles: ['rescuer', 'driver'], effectiveOn: '2025-03-15', reason: 'Passed driving course' }],
      ['suspension', { since: '2025-04-01', reason: 'Investigation of a fuel discrepancy' }],
      ['reinstatement', { reinstatedOn: '2025-04-10', notes: 'Cleared' }],
      ['leave', { from: '2025-05-01', until: '2025-05-10', reason: 'Family' }],
      ['leave-return', { returnedOn: '2025-05-09' }],
      [
        'injuries',
        { injuredOn: '2025-06-01', inLineOfDuty: true, incidentRef: 'INC-2025-0601', description: 'Double-tap strike' },
      ],
      ['probation-review', { reviewedOn: '2025-08-01', outcome: 'confirm', notes: 'Excellent' }],
    ];
    // Probation is confirmed only once training has reported the induction done.
    await publish(
      envelopeOf('training', 'InductionCompleted', `certification-${randomUUID()}`, {
        memberId: id,
        completedOn: '2025-07-20',
      }),
    );
    const db = service.app.get(DataSource);
    await waitFor(
      async () => (await db.query(`SELECT 1 FROM member_inductions WHERE member_id = $1`, [id])).length > 0,
    );
    let version = 1;
    for (const [path, body] of steps) {
      const res = await post(`/members/${id}/${path}`, body).set('If-Match', `"${version}"`);
      expect({ path, status: res.status, body: res.body }).toMatchObject({
        path,
        status: 200,
        body: { id, version: version + 1 },
      });
      expect(res.headers['etag']).toBe(`"${version + 1}"`);
      version += 1;
    }
    const profile = await get(`/members/${id}`).expect(200);
    expect(profile.body).toMatchObject({
      memberId: id,
      version,
      status: 'active',
      centreId: centreB,
      roles: ['rescuer', 'driver'],
      identity: 'held',
      probationEndsOn: null,
    });
    expect(JSON.stringify(profile.body)).not.toContain('أحمد');

    const past = await get(`/members/${id}?asOf=${new Date(Date.now() - 3_600_000).toISOString()}`).expect(404);
    expect(past.body.code).toBe('MEMBER_NOT_FOUND');
    const now = await get(`/members/${id}?asOf=${new Date().toISOString().slice(0, 10)}`).expect(200);
    expect(now.body).toMatchObject({ version, centreId: centreB });

    const timeline = await get(`/members/${id}/timeline`).expect(200);
    expect(timeline.body.entries).toHaveLength(version);
    expect(timeline.body.entries[3]).toMatchObject({
      type: 'MemberTransferred',
      summary: expect.stringContaining(`to centre ${centreB}`),
    });
    expect(JSON.stringify(timeline.body)).not.toMatch(/Ahmad|أحمد|NID/);

    const killed = await post(`/members/${id}/death-in-line-of-duty`, {
      diedOn: '2025-09-01',
      incidentRef: 'INC-2025-0901',
      circumstances: 'Rescue at a struck building',
    }).expect(200);
    expect(killed.body.version).toBe(version + 1);
    const after = await post(`/members/${id}/suspension`, { since: '2025-09-02', reason: 'x' }).expect(409);
    expect(after.body).toMatchObject({ statusCode: 409, code: 'MEMBER_DECEASED' });
  });

  it('shows state as of a past instant', async () => {
    const m = await activeMember(service, centreA);
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await post(`/members/${m.id}/transfers`, { toCentreId: centreB, effectiveOn: '2025-03-01', reason: 'Move' }).expect(
      200,
    );
    expect((await get(`/members/${m.id}?asOf=${before}`).expect(200)).body).toMatchObject({
      centreId: centreA,
      version: 3,
    });
    expect((await get(`/members/${m.id}`).expect(200)).body).toMatchObject({ centreId: centreB, version: 4 });
    // Week dates, impossible days and hours pass a loose ISO 8601 check but are no instant: refused, not a 500.
    for (const asOf of ['yesterday', '2025-W10', '2025-02-30', '2025-03-01T25:00Z', '2025-060'])
      expect((await get(`/members/${m.id}?asOf=${asOf}`).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses impossible transitions with 409 and a clear code', async () => {
    const applied = await applyMember(service);
    const cases: [string, object, string][] = [
      ['onboarding', { centreId: centreA, roles: ['rescuer'], startsOn: '2025-02-01' }, 'APPLICANT_NOT_CLEARED'],
      ['suspension', { since: '2025-02-01', reason: 'x' }, 'MEMBER_NOT_ONBOARDED'],
    ];
    for (const [path, body, code] of cases) {
      expect((await post(`/members/${applied.id}/${path}`, body).expect(409)).body.code).toBe(code);
    }
    const m = await activeMember(service, centreA);
    expect((await post(`/members/${m.id}/reinstatement`, { reinstatedOn: '2025-03-01' }).expect(409)).body.code).toBe(
      'MEMBER_NOT_SUSPENDED',
    );
    expect((await post(`/members/${m.id}/leave-return`, { returnedOn: '2025-03-01' }).expect(409)).body.code).toBe(
      'MEMBER_NOT_ON_LEAVE',
    );
    expect(
      (await post(`/members/${m.id}/vetting`, { outcome: 'cleared', vettedOn: '2025-03-01' }).expect(409)).body.code,
    ).toBe('MEMBER_ALREADY_ONBOARDED');
    const dismissed = await post(`/members/${m.id}/departure`, {
      departedOn: '2025-03-01',
      reason: 'dismissed',
      notes: 'Misconduct',
    }).expect(403);
    expect(dismissed.body.code).toBe('DISMISSAL_FORBIDDEN');
    await post(
      `/members/${m.id}/departure`,
      { departedOn: '2025-03-01', reason: 'dismissed', notes: 'Misconduct' },
      await service.auth(['admin']),
    ).expect(200);
    expect(
      (
        await post(`/members/${m.id}/transfers`, {
          toCentreId: centreB,
          effectiveOn: '2025-04-01',
          reason: 'x',
        }).expect(409)
      ).body.code,
    ).toBe('MEMBER_DEPARTED');
  });

  it('refuses bad input with 4xx and clear codes', async () => {
    const m = await activeMember(service, centreA);
    const bad: [string, object, number, string][] = [
      [
        '/members',
        { rolesSought: ['rescuer'], appliedOn: '2025-01-10', identity: identityFixture() },
        400,
        'VALIDATION_FAILED',
      ],
      [
        '/members',
        { callSign: 'Hawk', rolesSought: ['rescuer'], appliedOn: '2025-02-30', identity: identityFixture() },
        400,
        'VALIDATION_FAILED',
      ],
      [
        '/members',
        { callSign: 'Hawk', rolesSought: ['pilot'], appliedOn: '2025-01-10', identity: identityFixture() },
        400,
        'VALIDATION_FAILED',
      ],
      [
        '/members',
        { callSign: 'Hawkصقر', rolesSought: ['rescuer'], appliedOn: '2025-01-10', identity: identityFixture() },
        400,
        'VALIDATION_FAILED',
      ],
      [
        '/members',
        { callSign: 'H'.repeat(41), rolesSought: ['rescuer'], appliedOn: '2025-01-10', identity: identityFixture() },
        400,
        'VALIDATION_FAILED',
      ],
      [
        '/members',
        {
          callSign: 'Hawk',
          rolesSought: ['rescuer'],
          appliedOn: '2025-01-10',
          identity: identityFixture(),
          admin: true,
        },
        400,
        'VALIDATION_FAILED',
      ],
      [
        '/members',
        {
          callSign: 'Hawk',
          rolesSought: ['rescuer'],
          appliedOn: '2025-01-10',
          identity: { ...identityFixture(), name: { arabic: { own: 'Ahmad' }, latin: null } },
        },
        400,
        'VALIDATION_FAILED',
      ],
      [
        '/members',
        {
          callSign: 'Hawk',
          rolesSought: ['rescuer'],
          appliedOn: '2025-01-10',
          identity: { ...identityFixture(), name: { arabic: null, latin: null } },
        },
        422,
        'INVALID_IDENTITY',
      ],
      [
        `/members/${m.id}/transfers`,
        { toCentreId: 'centre-b', effectiveOn: '2025-03-01', reason: 'x' },
        400,
        'VALIDATION_FAILED',
      ],
      [`/members/${m.id}/suspension`, { since: '2025-04-01', reason: 'x'.repeat(501) }, 400, 'VALIDATION_FAILED'],
      [`/members/${m.id}/suspension`, { since: '2025-04-01' }, 400, 'VALIDATION_FAILED'],
      [`/members/not-a-uuid/suspension`, { since: '2025-04-01', reason: 'x' }, 400, 'VALIDATION_FAILED'],
      [`/members/${randomUUID()}/suspension`, { since: '2025-04-01', reason: 'x' }, 404, 'MEMBER_NOT_FOUND'],
    ];
    for (const [path, body, status, code] of bad) {
      const res = await post(path, body);
      expect({ path, body, status: res.status, code: res.body.code }).toEqual({ path, body, status, code });
    }
    expect((await get('/members/not-a-uuid').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await get(`/members/${randomUUID()}`).expect(404)).body.code).toBe('MEMBER_NOT_FOUND');
    expect((await post('/members', {}, await service.auth(['logistics'])).expect(403)).body.code).toBe(
      'AUTH_FORBIDDEN_ROLE',
    );
    expect(
      (
        await post(
          `/members/${m.id}/suspension`,
          { since: '2025-04-01', reason: 'x' },
          await service.auth(['commander'], { centres: [centreA] }),
        ).expect(403)
      ).body.code,
    ).toBe('AUTH_FORBIDDEN_ROLE');
    expect(
      (
        await post(`/members/${m.id}/suspension`, { since: '2025-04-01', reason: 'x' })
          .set('If-Match', 'abc')
          .expect(400)
      ).body.code,
    ).toBe('INVALID_HEADER');
  });

  it('lets exactly one of two HR users acting at once on one version win; the other gets 409 and nothing is lost', async () => {
    const m = await activeMember(service, centreA);
    const other = await service.auth(['hr'], { sub: 'second-hr' });
    const [a, b] = await Promise.all([
      post(`/members/${m.id}/transfers`, { toCentreId: centreB, effectiveOn: '2025-03-01', reason: 'A' }).set(
        'If-Match',
        `"${m.version}"`,
      ),
      post(
        `/members/${m.id}/role-changes`,
        { roles: ['paramedic'], effectiveOn: '2025-03-01', reason: 'B' },
        other,
      ).set('If-Match', `"${m.version}"`),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a.body.code, b.body.code]).toContain('CONCURRENCY_CONFLICT');
    const timeline = await get(`/members/${m.id}/timeline`).expect(200);
    expect(timeline.body.entries).toHaveLength(m.version + 1);
    const profile = (await get(`/members/${m.id}`).expect(200)).body;
    expect(profile.version).toBe(m.version + 1);
    // The loser reloads and retries at the new version: both changes are kept.
    const retry =
      a.status === 409
        ? ['transfers', { toCentreId: centreB, effectiveOn: '2025-03-01', reason: 'A' }]
        : ['role-changes', { roles: ['paramedic'], effectiveOn: '2025-03-01', reason: 'B' }];
    await post(`/members/${m.id}/${retry[0] as string}`, retry[1] as object)
      .set('If-Match', `"${profile.version}"`)
      .expect(200);
    expect((await get(`/members/${m.id}`).expect(200)).body).toMatchObject({ centreId: centreB, roles: ['paramedic'] });
  });

  it('treats a retried command with the same Idempotency-Key as the first', async () => {
    const m = await activeMember(service, centreA);
    const send = () =>
      post(`/members/${m.id}/transfers`, { toCentreId: centreB, effectiveOn: '2025-03-01', reason: 'Move' }).set(
        'Idempotency-Key',
        `transfer-${m.id}`,
      );
    const first = await send().expect(200);
    const second = await send().expect(200);
    expect(second.body).toEqual(first.body);
    const key = `apply-${randomUUID()}`;
    const body = {
      callSign: 'Retry-1',
      rolesSought: ['rescuer'],
      appliedOn: '2025-01-10',
      identity: identityFixture(),
    };
    const a1 = await post('/members', body).set('Idempotency-Key', key).expect(201);
    const a2 = await post('/members', body).set('Idempotency-Key', key).expect(201);
    expect(a2.body).toEqual(a1.body);
  });

  it('serves the roster per centre, status and role, paged and scoped to a commander’s centres', async () => {
    const centre = await knownCentre(service);
    for (let i = 0; i < 3; i++) await activeMember(service, centre, i === 0 ? ['driver'] : ['rescuer']);
    const page = await get(`/members?centreId=${centre}&limit=2`).expect(200);
    expect(page.body).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(page.body.items).toHaveLength(2);
    expect((await get(`/members?centreId=${centre}&role=driver`).expect(200)).body.total).toBe(1);
    expect((await get(`/members?centreId=${centre}&status=suspended`).expect(200)).body.total).toBe(0);
    const commander = await service.auth(['commander'], { centres: [centre] });
    expect((await get('/members', commander).expect(200)).body.total).toBe(3);
    expect((await get(`/members?centreId=${centreA}`, commander).expect(403)).body.code).toBe('AUTH_CENTRE_SCOPE');
    expect((await get('/members?limit=1000').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await get('/members?status=sleeping').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('shows an applicant who asked for no centre to organisation-wide HR, as the roster lists them, and to no commander', async () => {
    const applicant = await applyMember(service);
    const profile = await get(`/members/${applicant.id}`).expect(200);
    expect(profile.body).toMatchObject({ memberId: applicant.id, status: 'applied', centreId: null });
    await get(`/members/${applicant.id}/identity?purpose=Vetting%20the%20applicant`).expect(200);
    const commander = await service.auth(['commander'], { centres: [centreA] });
    expect((await get(`/members/${applicant.id}`, commander).expect(404)).body.code).toBe('MEMBER_NOT_FOUND');
  });

  it('documents the member endpoints in OpenAPI', async () => {
    const doc = await service.http().get('/docs-json').expect(200);
    const paths = Object.keys(doc.body.paths);
    for (const p of [
      '/members',
      '/members/{memberId}',
      '/members/{memberId}/timeline',
      '/members/{memberId}/identity',
      '/members/{memberId}/transfers',
      '/members/{memberId}/identity-erasure',
      '/members/search',
      '/members/export',
    ]) {
      expect(paths).toContain(p);
    }
  });
  it('lets an admin correct a record even after death, and refuses anyone else', async () => {
    const admin = await service.auth(['admin']);
    const m = await activeMember(service, centreA);
    await post(`/members/${m.id}/death-in-line-of-duty`, {
      diedOn: '2025-03-02',
      incidentRef: 'INC-77',
      circumstances: 'Second strike on the rescue site',
    }).expect(200);
    expect(
      (
        await post(`/members/${m.id}/transfers`, {
          toCentreId: centreB,
          effectiveOn: '2025-04-01',
          reason: 'x',
        }).expect(409)
      ).body.code,
    ).toBe('MEMBER_DECEASED');

    const correction = {
      kind: 'death-record',
      diedOn: '2025-03-01',
      incidentRef: 'INC-76',
      reason: 'The incident log gives the night before',
    };
    expect((await post(`/members/${m.id}/corrections`, correction).expect(403)).body.code).toBe('AUTH_FORBIDDEN_ROLE');
    await post(`/members/${m.id}/corrections`, correction, admin).expect(200);
    const missingField = await post(
      `/members/${m.id}/corrections`,
      { kind: 'call-sign', reason: 'typo' },
      admin,
    ).expect(400);
    expect(missingField.body.details.fields.map((f: { field: string }) => f.field)).toContain('callSign');
    await post(`/members/${m.id}/corrections`, { kind: 'unknown', reason: 'x' }, admin).expect(400);

    // Recorded in error (found alive): back to active service at the last centre.
    await post(
      `/members/${m.id}/corrections`,
      { kind: 'final-status-revoked', reason: 'Found alive in hospital' },
      admin,
    ).expect(200);
    expect((await get(`/members/${m.id}`).expect(200)).body).toMatchObject({ status: 'active', centreId: centreA });
    const timeline = await get(`/members/${m.id}/timeline`).expect(200);
    expect(JSON.stringify(timeline.body)).toContain('MemberRecordCorrected');
  });

  it('replaces an identity under the member’s own key, readable by hr, refused once erased', async () => {
    const m = await activeMember(service, centreA);
    const updated = { ...identityFixture(), phone: '+963 955 000 111' };
    await service
      .http()
      .put(`/members/${m.id}/identity`)
      .set('Authorization', await service.auth(['logistics']))
      .send({ identity: updated, reason: 'x' })
      .expect(403);
    expect(
      (
        await service
          .http()
          .put(`/members/${m.id}/identity`)
          .set('Authorization', hr)
          .send({ identity: updated })
          .expect(400)
      ).body.code,
    ).toBe('VALIDATION_FAILED');
    await service
      .http()
      .put(`/members/${m.id}/identity`)
      .set('Authorization', hr)
      .send({ identity: updated, reason: 'New phone number' })
      .expect(200);
    const read = await get(`/members/${m.id}/identity?purpose=Check%20update`).expect(200);
    expect(read.body.identity).toMatchObject({ phone: '+963 955 000 111', nationalId: updated.nationalId });

    await post(`/members/${m.id}/identity-erasure`, { reason: 'Family request' }).expect(200);
    const afterErasure = await service
      .http()
      .put(`/members/${m.id}/identity`)
      .set('Authorization', hr)
      .send({ identity: updated, reason: 'again' })
      .expect(409);
    expect(afterErasure.body.code).toBe('IDENTITY_ERASED');
  });
});
