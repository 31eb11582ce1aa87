import { randomUUID } from 'node:crypto';
import { publish, startTestService, TestService } from '@muster/service-testing';
import { waitFor } from '@muster/testing';
import { DataSource } from 'typeorm';
import { AppModule, trainingService } from '../src/app.module';
import { memberStanding } from '../src/members';
import { award, certify, memberEvent, onboarded } from './support-people';

describe('compliance with the role requirements, on any date', () => {
  let service: TestService;
  let auditor: string;
  const [C, D] = [randomUUID(), randomUUID()];
  const [driver, firefighter, rescuerKilled, driverElsewhere, rescuer] = Array.from({ length: 5 }, () => randomUUID());
  const certs: Record<string, string> = {};

  beforeAll(async () => {
    service = await startTestService(AppModule, trainingService);
    auditor = await service.auth(['auditor']);
    await publish(
      onboarded(driver, C, ['driver']),
      onboarded(firefighter, C, ['firefighter']),
      onboarded(rescuerKilled, C, ['rescuer']),
      memberEvent(rescuerKilled, 4, 'MemberKilledInLineOfDuty', {
        diedOn: '2025-05-01',
        centreId: C,
        roles: ['rescuer'],
      }),
      onboarded(driverElsewhere, D, ['driver']),
      onboarded(rescuer, C, ['rescuer']),
    );
    const db = service.app.get(DataSource);
    await waitFor(
      async () =>
        (await memberStanding(db, rescuer)) !== null && (await memberStanding(db, rescuerKilled))?.status === 'killed',
      30_000,
      'the members from personnel',
    );
    certs.driving = await award(service, driver, 'driving', '2025-01-10', '2025-12-31');
    certs.defensive = await award(service, driver, 'defensive-driving', '2025-01-10', '2026-06-30');
    certs.fire = await award(service, firefighter, 'firefighting', '2025-01-10', null);
    await certify(service, certs.fire, { type: 'SuspendCertification', suspendedOn: '2025-03-01', reason: 'Review' });
    certs.killedFirstAid = await award(service, rescuerKilled, 'first-aid', '2025-01-10', '2025-12-20');
    certs.firstAid = await award(service, rescuer, 'first-aid', '2025-01-10', null);
    await certify(service, certs.firstAid, { type: 'RevokeCertification', revokedOn: '2025-02-01', reason: 'Forged' });
  });
  afterAll(async () => service?.close());

  const get = (path: string, token = auditor) => service.http().get(path).set('Authorization', token);

  it('says what a member lacks and why, and that the same member was compliant earlier', async () => {
    const before = await get(`/compliance/members/${driver}?asOf=2025-06-01`).expect(200);
    expect(before.body).toMatchObject({
      memberId: driver,
      on: '2025-06-01',
      status: 'active',
      centreId: C,
      required: ['defensive-driving', 'driving'],
      lacking: [],
    });
    const after = await get(`/compliance/members/${driver}?asOf=2026-02-01`).expect(200);
    expect(after.body.lacking).toEqual([{ competency: 'driving', reason: 'expired', certificationId: certs.driving }]);
    const fire = await get(`/compliance/members/${firefighter}?asOf=2025-04-01`).expect(200);
    expect(fire.body.lacking).toEqual([
      { competency: 'firefighting', reason: 'suspended', certificationId: certs.fire },
    ]);
    const rescue = await get(`/compliance/members/${rescuer}?asOf=2025-04-01`).expect(200);
    expect(rescue.body.lacking).toEqual([
      { competency: 'first-aid', reason: 'revoked', certificationId: certs.firstAid },
      { competency: 'search-and-rescue', reason: 'missing', certificationId: null },
    ]);
    // Killed: nothing is required any more.
    const killed = await get(`/compliance/members/${rescuerKilled}?asOf=2025-06-01`).expect(200);
    expect(killed.body).toMatchObject({ status: 'killed', required: [], lacking: [] });
  });

  it('lists a centre’s members who are not compliant on a date; the killed drop out after their death', async () => {
    const ids = async (asOf: string) =>
      (await get(`/compliance/centres/${C}?asOf=${asOf}`).expect(200)).body.items.map(
        (i: { memberId: string }) => i.memberId,
      );
    expect((await ids('2025-02-15')).sort()).toEqual([rescuerKilled, rescuer].sort());
    expect((await ids('2025-04-01')).sort()).toEqual([firefighter, rescuerKilled, rescuer].sort());
    expect((await ids('2025-06-01')).sort()).toEqual([firefighter, rescuer].sort());
    expect((await ids('2026-02-01')).sort()).toEqual([driver, firefighter, rescuer].sort());
    const page = await get(`/compliance/centres/${C}?asOf=2026-02-01&limit=1&offset=1`).expect(200);
    expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1, items: [expect.any(Object)] });
  });

  it('lists what expires within N days of a date, never for the killed', async () => {
    const expiring = async (query: string, token = auditor) =>
      (await get(`/compliance/expiring?${query}`, token).expect(200)).body.items.map(
        (i: { certificationId: string }) => i.certificationId,
      );
    expect(await expiring(`asOf=2025-12-15&withinDays=30&centreId=${C}`)).toEqual([certs.driving]);
    expect(await expiring(`asOf=2025-11-01&withinDays=30&centreId=${C}`)).toEqual([]);
    // Before the death the rescuer's first aid was expiring too, the soonest first; after it, it is not listed.
    expect(await expiring(`asOf=2025-04-01&withinDays=366&centreId=${C}`)).toEqual([
      certs.killedFirstAid,
      certs.driving,
    ]);
    expect(await expiring(`asOf=2025-06-01&withinDays=366&centreId=${C}`)).toEqual([certs.driving]);
    expect(await expiring(`asOf=2025-07-01&withinDays=366&centreId=${C}`)).toEqual([certs.driving, certs.defensive]);
    const commander = await service.auth(['commander'], { centres: [D] });
    expect(await expiring('asOf=2025-12-15&withinDays=30', commander)).toEqual([]);
  });

  it('lets a commander read only their own centre and its members', async () => {
    const commander = await service.auth(['commander'], { centres: [C] });
    await get(`/compliance/centres/${C}?asOf=2025-06-01`, commander).expect(200);
    await get(`/compliance/members/${driver}?asOf=2025-06-01`, commander).expect(200);
    for (const path of [
      `/compliance/centres/${D}`,
      `/compliance/members/${driverElsewhere}`,
      `/compliance/expiring?centreId=${D}`,
    ]) {
      expect((await get(path, commander).expect(403)).body.code).toBe('AUTH_CENTRE_SCOPE');
    }
  });

  it('lets training, HR, admins and auditors read; not logistics (403) nor strangers (401)', async () => {
    for (const role of ['training', 'hr', 'admin', 'auditor'] as const) {
      await get(`/compliance/centres/${D}`, await service.auth([role])).expect(200);
    }
    expect((await get(`/compliance/centres/${D}`, await service.auth(['logistics'])).expect(403)).body.code).toBe(
      'AUTH_FORBIDDEN_ROLE',
    );
    await service.http().get(`/compliance/expiring`).expect(401);
  });

  it('refuses bad input (400) and a member training never heard of (404)', async () => {
    for (const path of [
      `/compliance/members/not-a-uuid`,
      `/compliance/centres/${C}?asOf=2025-02-30`,
      `/compliance/expiring?withinDays=400`,
      `/compliance/expiring?centreId=nowhere`,
      `/compliance/centres/${C}?limit=0`,
    ]) {
      expect((await get(path).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
    expect((await get(`/compliance/members/${randomUUID()}`).expect(404)).body.code).toBe('MEMBER_NOT_KNOWN');
    expect((await get(`/compliance/members/${driver}?asOf=2024-12-31`).expect(404)).body.code).toBe('MEMBER_NOT_KNOWN');
  });
});
