import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '@muster/event-store';
import { sleep } from '@muster/testing';
import { startTestService, TestService } from '@muster/service-testing';
import { AppModule, trainingService } from '../src/app.module';
import { certificationAggregate, certificationIdOf } from '../src/certification/certification.aggregate';
import { CertificationCommand } from '../src/certification/domain/certification.commands';
import { certificationDecider } from '../src/certification/domain/certification.decider';

describe('certifications and the expiry sweep through the API', () => {
  let service: TestService;
  let training: string;
  let auditor: string;
  const member = randomUUID();

  beforeAll(async () => {
    service = await startTestService(AppModule, trainingService);
    training = await service.auth(['training']);
    auditor = await service.auth(['auditor']);
  });
  afterAll(async () => service?.close());

  const post = (path: string, body: object, token = training) =>
    service.http().post(path).set('Authorization', token).send(body);
  const get = (path: string, token = auditor) => service.http().get(path).set('Authorization', token);
  const typesIn = async (certificationId: string): Promise<string[]> =>
    (await get(`/audit/streams/certification-${certificationId}`).expect(200)).body.events.map(
      (e: { type: string }) => e.type,
    );

  /** A certification as a session pass or a recognition case awards it: through its command path. */
  async function send(certificationId: string, command: CertificationCommand): Promise<void> {
    await service.app
      .get(PostgresEventStore)
      .handle(certificationDecider, certificationAggregate.streamId(certificationId), command, {
        metadata: { actorId: 'training-1', actorRoles: ['training'], correlationId: randomUUID() },
        now: new Date(),
      });
  }
  async function award(
    number: string,
    competency: string,
    expiresOn: string | null,
    memberId = member,
  ): Promise<string> {
    const issuingBody = 'civil-defence-training';
    const certificationId = certificationIdOf(issuingBody, number);
    await send(certificationId, {
      type: 'AwardCertification',
      data: {
        certificationId,
        memberId,
        courseId: randomUUID(),
        competency,
        number,
        issuingBody,
        issuedOn: '2024-01-10',
        expiresOn,
        verifiedBy: 'training-1',
        basis: { kind: 'session', sessionId: randomUUID() },
      },
    });
    return certificationId;
  }

  let early: string;
  let later: string;
  let lasting: string;
  let revoked: string;

  beforeAll(async () => {
    early = await award('DRV-2024-0001', 'driving', '2025-01-09');
    later = await award('FA-2024-0001', 'first-aid', '2025-06-30');
    lasting = await award('IND-2024-0001', 'induction', null);
    revoked = await award('FF-2024-0001', 'firefighting', '2025-01-01');
    await send(revoked, { type: 'RevokeCertification', revokedOn: '2024-06-01', reason: 'Obtained by fraud' });
  });

  it('refuses a number the issuing body already gave', async () => {
    await expect(award('DRV-2024-0001', 'driving', '2025-01-09')).rejects.toMatchObject({
      code: 'CERTIFICATION_NUMBER_TAKEN',
    });
  });

  it('expires what is due on the day, once: a sweep run twice records one CertificationExpired', async () => {
    const first = await post('/certifications/expiry-sweep', { asOf: '2025-03-01' }).expect(200);
    expect(first.body).toEqual({ asOf: '2025-03-01', due: 1, expired: 1 });
    const second = await post('/certifications/expiry-sweep', { asOf: '2025-03-01' }).expect(200);
    expect(second.body).toEqual({ asOf: '2025-03-01', due: 0, expired: 0 });

    expect(await typesIn(early)).toEqual(['CertificationAwarded', 'CertificationExpired']);
    const stream = await get(`/audit/streams/certification-${early}`).expect(200);
    expect(stream.body.events[1].data).toEqual({
      certificationId: early,
      memberId: member,
      competency: 'driving',
      expiredOn: '2025-01-10',
    });
    expect(await typesIn(later)).toEqual(['CertificationAwarded']);
    expect(await typesIn(lasting)).toEqual(['CertificationAwarded']);
    expect(await typesIn(revoked)).toEqual(['CertificationAwarded', 'CertificationRevoked']);
  });

  it('expires each once when two sweeps cross', async () => {
    const [a, b] = await Promise.all([
      post('/certifications/expiry-sweep', { asOf: '2025-08-01' }).expect(200),
      post('/certifications/expiry-sweep', { asOf: '2025-08-01' }, await service.auth(['admin'])).expect(200),
    ]);
    expect(a.body.expired + b.body.expired).toBe(1);
    expect(await typesIn(later)).toEqual(['CertificationAwarded', 'CertificationExpired']);
  });

  it('expires the rest of a batch and leaves alone a certification renewed between its read and its expiry', async () => {
    const other = randomUUID();
    const first = await award('ERW-2024-0101', 'erw-awareness', '2025-09-01', other);
    const second = await award('FA-2024-0101', 'first-aid', '2025-09-02', other);
    const dataSource = service.app.get(DataSource);
    // The event store's stream lock (its class 1297437524), taken on the stream the sweep's batch appends to first:
    // the sweep, having read both, waits there while the other certification is renewed through its own route.
    const [{ swap }] = await dataSource.query(`SELECT hashtext($1) > hashtext($2) AS swap`, [
      certificationAggregate.streamId(first),
      certificationAggregate.streamId(second),
    ]);
    const [held, renewed] = swap ? [second, first] : [first, second];
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT pg_advisory_xact_lock(1297437524, hashtext($1))`, [
        certificationAggregate.streamId(held),
      ]);
      const sweeping = post('/certifications/expiry-sweep', { asOf: '2025-10-01' }).then((res) => res);
      const lockWaits = async (): Promise<number> =>
        (
          await dataSource.query(
            `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
              WHERE d.datname = current_database() AND l.locktype = 'advisory' AND NOT l.granted`,
          )
        )[0].n;
      while ((await lockWaits()) === 0) {
        const finished = await Promise.race([sleep(20).then(() => false), sweeping.then(() => true)]);
        if (finished) throw new Error('the sweep did not wait for the held stream');
      }
      await post(`/certifications/${renewed}/renew`, { renewedOn: '2025-09-20', expiresOn: '2027-09-20' }).expect(200);
      await runner.commitTransaction();
      const swept = await sweeping;
      expect([swept.status, swept.body]).toEqual([200, { asOf: '2025-10-01', due: 2, expired: 1 }]);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }

    expect(await typesIn(held)).toEqual(['CertificationAwarded', 'CertificationExpired']);
    expect(await typesIn(renewed)).toEqual(['CertificationAwarded', 'CertificationRenewed']);
    expect((await get(`/certifications/${renewed}`).expect(200)).body).toMatchObject({ status: 'valid', version: 2 });
    const again = await post('/certifications/expiry-sweep', { asOf: '2025-10-01' }).expect(200);
    expect(again.body).toEqual({ asOf: '2025-10-01', due: 0, expired: 0 });
  });

  it('lets only training and admins sweep, with a real day', async () => {
    for (const role of ['hr', 'commander', 'auditor'] as const) {
      const res = await post('/certifications/expiry-sweep', { asOf: '2025-03-01' }, await service.auth([role]));
      expect([res.status, res.body.code]).toEqual([403, 'AUTH_FORBIDDEN_ROLE']);
    }
    for (const body of [{}, { asOf: '2025-02-30' }, { asOf: '01/03/2025' }, { asOf: '2025-03-01', force: true }]) {
      expect((await post('/certifications/expiry-sweep', body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('suspends, reinstates, renews and revokes, each refusal with its code', async () => {
    const id = await award('SAR-2024-0001', 'search-and-rescue', '2026-01-09');
    const path = `/certifications/${id}`;
    await post(`${path}/suspend`, { suspendedOn: '2025-02-01', reason: 'Under investigation' }).expect(200);
    const twice = await post(`${path}/suspend`, { suspendedOn: '2025-02-02', reason: 'x' }).expect(409);
    expect(twice.body.code).toBe('CERTIFICATION_SUSPENDED');
    await post(`${path}/reinstate`, { reinstatedOn: '2025-03-01' }).expect(200);
    expect((await post(`${path}/reinstate`, { reinstatedOn: '2025-03-02' }).expect(409)).body.code).toBe(
      'CERTIFICATION_VALID',
    );
    const shorter = await post(`${path}/renew`, { renewedOn: '2025-04-01', expiresOn: '2025-12-31' }).expect(422);
    expect(shorter.body.code).toBe('CERTIFICATION_RENEWAL_NOT_LATER');
    await post(`${path}/renew`, { renewedOn: '2025-04-01', expiresOn: '2027-03-31' }).expect(200);
    const before = await post(`${path}/revoke`, { revokedOn: '2023-01-01', reason: 'x' }).expect(422);
    expect(before.body.code).toBe('CERTIFICATION_DATE_BEFORE_ISSUE');
    await post(`${path}/revoke`, { revokedOn: '2025-05-01', reason: 'Obtained by fraud' }).expect(200);
    expect((await post(`${path}/revoke`, { revokedOn: '2025-05-02', reason: 'x' }).expect(409)).body.code).toBe(
      'CERTIFICATION_REVOKED',
    );

    const now = await get(path).expect(200);
    expect(now.body).toMatchObject({ status: 'revoked', expiresOn: '2027-03-31', version: 5 });
    expect(now.body.history.map((h: { type: string }) => h.type)).toEqual([
      'CertificationSuspended',
      'CertificationReinstated',
      'CertificationRenewed',
      'CertificationRevoked',
    ]);
    const unknown = await post(`/certifications/${randomUUID()}/suspend`, { suspendedOn: '2025-02-01', reason: 'x' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'CERTIFICATION_NOT_FOUND']);
  });

  it('lets only training and admins change a certification; HR, auditors and commanders read', async () => {
    for (const role of ['hr', 'commander', 'auditor'] as const) {
      const token = await service.auth([role]);
      const res = await post(`/certifications/${lasting}/suspend`, { suspendedOn: '2025-02-01', reason: 'x' }, token);
      expect([res.status, res.body.code]).toEqual([403, 'AUTH_FORBIDDEN_ROLE']);
    }
    for (const role of ['training', 'admin', 'hr', 'auditor'] as const) {
      const list = await get(`/certifications?memberId=${member}`, await service.auth([role])).expect(200);
      expect(list.body.total).toBe(5);
    }
    // A commander sees the members of their own centres only: this member is at none of theirs.
    const commander = await service.auth(['commander'], { centres: [randomUUID()] });
    expect((await get(`/certifications?memberId=${member}`, commander).expect(200)).body.total).toBe(0);
    expect((await get(`/certifications/${lasting}`, commander).expect(404)).body.code).toBe('CERTIFICATION_NOT_FOUND');
    await get('/certifications', await service.auth(['logistics'])).expect(403);
  });

  it('lists by status and competency, and reads a certification as it stood on a past date', async () => {
    const expired = await get(`/certifications?memberId=${member}&status=expired`).expect(200);
    expect(expired.body.items.map((c: { number: string }) => c.number).sort()).toEqual([
      'DRV-2024-0001',
      'FA-2024-0001',
    ]);
    const driving = await get(`/certifications?competency=driving`).expect(200);
    expect(driving.body.items).toEqual([expect.objectContaining({ certificationId: early, status: 'expired' })]);
    expect((await get(`/certifications?status=lapsed`).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await get(`/certifications/${early}?asOf=${yesterday}`).expect(404)).body.code).toBe(
      'CERTIFICATION_NOT_FOUND',
    );
  });
});
