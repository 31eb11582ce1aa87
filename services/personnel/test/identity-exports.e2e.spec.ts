import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { makeCentresKnown, startTestService, TestService } from '@muster/service-testing';
import { AppModule, personnelService } from '../src/app.module';
import { activeMember } from './support';

/**
 * Identities in bulk are the most dangerous thing Muster can hand out: beyond a threshold one hr officer cannot take
 * them alone. Another approves; the requester downloads once, and the log says whose identities left.
 */
describe('identity exports that need a second person', () => {
  let service: TestService;
  let amal: string;
  let bilal: string;
  const centre = randomUUID();
  let members: Awaited<ReturnType<typeof activeMember>>[];

  beforeAll(async () => {
    service = await startTestService(AppModule, personnelService, {
      IDENTITY_EXPORT_APPROVAL_ABOVE: '2',
      IDENTITY_EXPORTS_PER_DAY: '3',
    });
    amal = await service.auth(['hr'], { sub: 'hr-amal' });
    bilal = await service.auth(['hr'], { sub: 'hr-bilal' });
    await makeCentresKnown(service, centre);
    members = [];
    for (let i = 0; i < 3; i++) members.push(await activeMember(service, centre));
  });
  afterAll(async () => service?.close());

  const http = () => service.http();
  const ask = (token = amal, purpose = 'Insurance enrolment of the centre') =>
    http().post('/identity-exports').set('Authorization', token).send({ centreId: centre, purpose });
  const decide = (id: string, decision: 'approval' | 'refusal', token = bilal, body: object = {}) =>
    http().post(`/identity-exports/${id}/${decision}`).set('Authorization', token).send(body);
  const download = (id: string, token = amal) => http().get(`/identity-exports/${id}/file`).set('Authorization', token);
  const recorded = (type: string): Promise<{ stream_id: string; data: Record<string, unknown> }[]> =>
    service.app
      .get(DataSource)
      .query(`SELECT stream_id, data FROM events WHERE type = $1 ORDER BY global_position`, [type]);

  it('refuses one person an export of more identities than the threshold, and records nothing', async () => {
    const refused = await http()
      .get(`/members/export?centreId=${centre}&includeIdentity=true&purpose=Payroll`)
      .set('Authorization', amal)
      .expect(403);
    expect(refused.body).toMatchObject({ code: 'IDENTITY_EXPORT_NEEDS_APPROVAL', details: { found: 3, most: 2 } });
    expect(await recorded('RosterExported')).toEqual([]);
    // The operational roster stays one request away.
    await http().get(`/members/export?centreId=${centre}`).set('Authorization', amal).expect(200);
  });

  it('is asked for, approved by another, downloaded once by the requester, and the log says whose identities left', async () => {
    const { id } = (await ask().expect(201)).body as { id: string };
    const queue = await http().get('/identity-exports?status=requested').set('Authorization', bilal).expect(200);
    expect(queue.body.items).toEqual([
      expect.objectContaining({ exportId: id, requestedBy: 'hr-amal', rowCount: 3, status: 'requested' }),
    ]);
    expect((await download(id).expect(409)).body.code).toBe('IDENTITY_EXPORT_NOT_APPROVED');
    expect((await decide(id, 'approval', amal).expect(403)).body.code).toBe('IDENTITY_EXPORT_SELF_APPROVAL');

    await decide(id, 'approval').expect(200);
    expect((await download(id, bilal).expect(403)).body.code).toBe('IDENTITY_EXPORT_NOT_YOURS');
    const file = await download(id).expect(200);
    expect(file.headers['content-type']).toContain('text/csv');
    for (const m of members) expect(file.text).toContain(m.identity.nationalId);
    expect((await download(id).expect(409)).body.code).toBe('IDENTITY_EXPORT_NOT_APPROVED');

    const [downloaded] = await recorded('IdentityExportDownloaded');
    expect(downloaded?.stream_id).toBe(`identityexport-${id}`);
    expect([...(downloaded?.data['identityMemberIds'] as string[])].sort()).toEqual(members.map((m) => m.id).sort());
    expect(JSON.stringify(downloaded)).not.toContain(members[0]?.identity.nationalId);
  });

  it('gives one file to two downloads racing, refuses a refused one, and limits how many one person asks a day', async () => {
    const { id } = (await ask().expect(201)).body as { id: string };
    await decide(id, 'approval').expect(200);
    const statuses = (await Promise.all([download(id), download(id)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);

    const refused = ((await ask().expect(201)).body as { id: string }).id;
    await decide(refused, 'refusal', bilal, { reason: 'Enrolment is done from the operational roster' }).expect(200);
    expect((await download(refused).expect(409)).body.code).toBe('IDENTITY_EXPORT_NOT_APPROVED');
    const listed = await http().get('/identity-exports?status=refused').set('Authorization', bilal).expect(200);
    expect(listed.body.items[0]).toMatchObject({ exportId: refused, decidedBy: 'hr-bilal' });

    // Three asked in 24 hours: the fourth is refused, another person's is not.
    expect((await ask().expect(422)).body.code).toBe('IDENTITY_EXPORT_LIMIT');
    await ask(bilal).expect(201);
  });

  it('is for hr and admins: a commander or an auditor cannot ask, approve or download', async () => {
    const commander = await service.auth(['commander'], { centres: [centre] });
    const auditor = await service.auth(['auditor']);
    for (const token of [commander, auditor]) {
      await ask(token).expect(403);
      await decide(randomUUID(), 'approval', token).expect(403);
      await download(randomUUID(), token).expect(403);
    }
    expect((await download(randomUUID()).expect(404)).body.code).toBe('IDENTITY_EXPORT_NOT_FOUND');
  });
});
