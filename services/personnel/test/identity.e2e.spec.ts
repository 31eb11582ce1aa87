import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { DataSource as DataSourceToken } from 'typeorm';
import { OutboxRelay } from '@muster/messaging';
import { testKafka } from '@muster/testing';
import { knownCentre, makeCentresKnown, startTestService, TestService } from '@muster/service-testing';
import { AppModule, personnelService } from '../src/app.module';
import { nameIndexKeysOf } from '../src/member/projections/name-search/name-index-keys';
import { NameSearchIndexRebuild } from '../src/member/projections/name-search/name-search.projection';
import { IdentityVault } from '../src/vault/identity-vault';
import { activeMember, applyMember, identityFixture } from './support';

/** Everything written to stdout (process.stdout and pino's direct fd 1 writes) while `work` runs. */
async function capturingStdout<T>(work: () => Promise<T>): Promise<{ result: T; output: string }> {
  const chunks: string[] = [];
  const text = (data: unknown): string =>
    typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString('utf8') : String(data);
  const originalWrite = process.stdout.write.bind(process.stdout);
  const originalFsWrite = fs.write;
  const originalFsWriteSync = fs.writeSync;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    chunks.push(text(chunk));
    return (originalWrite as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  (fs as { write: unknown }).write = (fd: number, data: unknown, ...rest: unknown[]) => {
    if (fd === 1) chunks.push(text(data));
    return (originalFsWrite as (...args: unknown[]) => unknown)(fd, data, ...rest);
  };
  (fs as { writeSync: unknown }).writeSync = (fd: number, data: unknown, ...rest: unknown[]) => {
    if (fd === 1) chunks.push(text(data));
    return (originalFsWriteSync as (...args: unknown[]) => number)(fd, data, ...rest);
  };
  try {
    const result = await work();
    await new Promise((r) => setTimeout(r, 300));
    return { result, output: chunks.join('') };
  } finally {
    process.stdout.write = originalWrite;
    (fs as { write: unknown }).write = originalFsWrite;
    (fs as { writeSync: unknown }).writeSync = originalFsWriteSync;
  }
}

describe('protected identities: vault, audited reads, search, export and erasure', () => {
  let service: TestService;
  let hr: string;
  const centre = randomUUID();
  const otherCentre = randomUUID();

  beforeAll(async () => {
    service = await startTestService(AppModule, personnelService, { LOG_LEVEL: 'info' });
    await makeCentresKnown(service, centre, otherCentre);
    hr = await service.auth(['hr']);
  });
  afterAll(async () => service?.close());

  const get = (path: string, token = hr) => service.http().get(path).set('Authorization', token);
  const find = (query: object, token = hr) =>
    service.http().post('/members/search').set('Authorization', token).send(query);

  it('lets hr read an identity with a purpose, a commander only name and call-sign of their centre, and records every read', async () => {
    const m = await activeMember(service, centre);
    expect((await get(`/members/${m.id}/identity`).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const full = await get(`/members/${m.id}/identity?purpose=Next-of-kin%20notification`).expect(200);
    expect(full.body).toMatchObject({
      memberId: m.id,
      view: 'full',
      erased: false,
      identity: { nationalId: m.identity.nationalId },
    });
    expect(full.headers['cache-control']).toBe('no-store');

    const commander = await service.auth(['commander'], { centres: [centre], sub: 'cmdr-1' });
    const limited = await get(`/members/${m.id}/identity?purpose=Shift%20roll%20call`, commander).expect(200);
    expect(limited.body).toMatchObject({ view: 'name-and-call-sign', identity: null, name: m.identity.name });
    expect(JSON.stringify(limited.body)).not.toContain(m.identity.nationalId);
    // Another centre's commander is answered exactly as for a member who does not exist: no code, no centre.
    const outsider = await service.auth(['commander'], { centres: [otherCentre], sub: 'cmdr-2' });
    const unknown = await get(`/members/${randomUUID()}`, outsider).expect(404);
    for (const path of [`/members/${m.id}/identity?purpose=curious`, `/members/${m.id}`]) {
      const refused = await get(path, outsider).expect(404);
      expect({ ...refused.body, message: undefined }).toEqual({ ...unknown.body, message: undefined });
      expect(JSON.stringify(refused.body)).not.toContain(centre);
    }
    expect(
      (await get(`/members/${m.id}/identity?purpose=x`, await service.auth(['logistics'])).expect(403)).body.code,
    ).toBe('AUTH_FORBIDDEN_ROLE');
    expect(
      (await get(`/members/${m.id}/identity?purpose=x`, await service.auth(['auditor'])).expect(403)).body.code,
    ).toBe('AUTH_FORBIDDEN_ROLE');

    const audit = await get(`/audit/streams/identityaccess-${m.id}`, await service.auth(['auditor'])).expect(200);
    expect(
      audit.body.events.map((e: { data: object; metadata: object }) => ({
        ...e.data,
        actorId: (e.metadata as { actorId: string }).actorId,
      })),
    ).toEqual([
      { memberId: m.id, purpose: 'Next-of-kin notification', view: 'full', disclosed: true, actorId: 'test-hr' },
      { memberId: m.id, purpose: 'Shift roll call', view: 'name-and-call-sign', disclosed: true, actorId: 'cmdr-1' },
      { memberId: m.id, purpose: 'curious', view: 'denied', disclosed: false, actorId: 'cmdr-2' },
    ]);
    // The trail stays in personnel's store: the relay passes over it, so none of it reaches the public topic.
    expect(service.app.get(OutboxRelay).unpublishedStreamTypes).toContain('identityaccess');
  });

  it('finds people by name in Arabic or any Latin spelling, ranked and paged, scoped for commanders', async () => {
    const m = await activeMember(service, centre);
    const family = m.identity.name.latin.family;
    const search = (q: string, token = hr) => find({ q }, token);
    const latin = await search(`Mohammad ${family}`).expect(200);
    expect(latin.body.total).toBe(0); // every query word must match
    const hit = await search(`Ahmed ${family}`).expect(200);
    expect(hit.body.items[0]).toMatchObject({ memberId: m.id, name: m.identity.name });
    expect(hit.body.advice).toBeNull();
    const arabic = await search('احمد الحسين').expect(200);
    expect(arabic.body.items.map((i: { memberId: string }) => i.memberId)).toContain(m.id);
    // Whole words only: the index keeps no prefixes, which a dump could analyse.
    expect((await search(family.slice(0, 6)).expect(200)).body.items).toEqual([]);
    const paged = await find({ q: 'احمد', limit: 1 }).expect(200);
    expect(paged.body.items.length).toBeLessThanOrEqual(1);
    const outsider = await service.auth(['commander'], { centres: [otherCentre] });
    expect((await search(`Ahmed ${family}`, outsider).expect(200)).body.total).toBe(0);
    const commander = await service.auth(['commander'], { centres: [centre] });
    expect((await search(`Ahmed ${family}`, commander).expect(200)).body.items[0]).toMatchObject({ memberId: m.id });
    expect((await search(`Ahmed ${family}`, await service.auth(['auditor'])).expect(403)).body.code).toBe(
      'AUTH_FORBIDDEN_ROLE',
    );
    expect((await find({ q: '' }, hr).expect(400)).body.code).toBe('VALIDATION_FAILED');
    // The name travels in the body only: the old query-string form does not exist.
    const old = await get(`/members/search?q=${encodeURIComponent('احمد')}`).expect(400);
    expect({ code: old.body.code, items: old.body.items }).toEqual({ code: 'VALIDATION_FAILED', items: undefined });
  });

  it('keeps the name index unreadable and unlinkable in a dump, and rebuilds it from the events', async () => {
    const m = await activeMember(service, centre);
    const family = m.identity.name.latin.family;
    const db = service.app.get(DataSourceToken);
    const rows: { term: Buffer; seal: Buffer }[] = await db.query(`SELECT term, seal FROM name_search_terms`);
    const dump = Buffer.concat(rows.flatMap((r) => [r.term, r.seal]));
    expect(dump.includes(Buffer.from(m.id.replace(/-/g, ''), 'hex'))).toBe(false); // no member id in clear
    expect(dump.includes(Buffer.from(family))).toBe(false);
    expect(new Set(rows.map((r) => r.seal.toString('hex'))).size).toBe(rows.length); // nothing to join rows on
    expect(await db.query(`SELECT to_regclass('name_search_index') AS v1`)).toEqual([{ v1: null }]);

    const before = (await find({ q: `Ahmad ${family}` }).expect(200)).body.items;
    await db.query(`DELETE FROM name_search_terms`);
    await db.query(`UPDATE name_search_state SET version = 'v1'`);
    expect((await find({ q: `Ahmad ${family}` }).expect(200)).body.total).toBe(0);
    await service.app.get(NameSearchIndexRebuild).onApplicationBootstrap();
    expect((await find({ q: `Ahmad ${family}` }).expect(200)).body.items).toEqual(before);
    expect(before[0]).toMatchObject({ memberId: m.id });
  });

  it('exports the roster as CSV, identity columns only for hr/admin with a purpose, formula-safe, every export recorded', async () => {
    const exportCentre = await knownCentre(service);
    const m = await activeMember(service, exportCentre);
    const plain = await get(`/members/export?centreId=${exportCentre}`, await service.auth(['auditor'])).expect(200);
    expect(plain.headers['content-type']).toContain('text/csv');
    expect(plain.text).toContain(m.id);
    expect(plain.text).not.toContain(m.identity.nationalId);
    expect(
      (
        await get(
          `/members/export?centreId=${exportCentre}&includeIdentity=true&purpose=x`,
          await service.auth(['auditor']),
        ).expect(403)
      ).body.code,
    ).toBe('IDENTITY_EXPORT_FORBIDDEN');
    expect((await get(`/members/export?centreId=${exportCentre}&includeIdentity=true`).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    const withIdentity = await get(
      `/members/export?centreId=${exportCentre}&includeIdentity=true&purpose=Payroll%20check`,
    ).expect(200);
    expect(withIdentity.text).toContain(m.identity.nationalId);
    expect(withIdentity.text).toContain('"\'+963 944 123 987"'); // a leading + would run as a formula
    const exports: { data: { includeIdentity: boolean; identityMemberIds: string[] } }[] = await service.app
      .get(DataSourceToken)
      .query(
        `SELECT data FROM events WHERE type = 'RosterExported' AND data->'filters'->>'centreId' = $1 ORDER BY global_position`,
        [exportCentre],
      );
    expect(exports.map((e) => [e.data.includeIdentity, e.data.identityMemberIds])).toEqual([
      [false, []],
      [true, [m.id]],
    ]);
  });

  it('erases an identity for good: unreadable everywhere, history kept and verifiable, nothing in clear in the database, Kafka or logs', async () => {
    const { result: m, output } = await capturingStdout(async () => {
      const member = await activeMember(service, centre);
      await get(`/members/${member.id}/identity?purpose=Check`).expect(200);
      await find({ q: `Ahmad ${member.identity.name.latin.family}` }).expect(200);
      expect(
        (
          await service
            .http()
            .post(`/members/${member.id}/identity-erasure`)
            .set('Authorization', hr)
            .send({})
            .expect(400)
        ).body.code,
      ).toBe('VALIDATION_FAILED');
      const erased = await service
        .http()
        .post(`/members/${member.id}/identity-erasure`)
        .set('Authorization', hr)
        .send({ reason: 'Member at risk: family request' })
        .expect(200);
      expect(erased.body).toMatchObject({ id: member.id, version: 4 });
      const again = await service
        .http()
        .post(`/members/${member.id}/identity-erasure`)
        .set('Authorization', hr)
        .send({ reason: 'again' })
        .expect(409);
      expect(again.body.code).toBe('IDENTITY_ALREADY_ERASED');
      return member;
    });
    const secrets = [
      m.identity.nationalId,
      m.identity.homeArea,
      m.identity.name.latin.family,
      'أحمد',
      'الحسين',
      '944 123 987',
    ];
    expect(output).toContain('/members'); // the capture saw the request logs
    for (const s of secrets) expect(output).not.toContain(s);

    const read = await get(`/members/${m.id}/identity?purpose=After%20erasure`).expect(200);
    expect(read.body).toMatchObject({ erased: true, identity: null, name: null });
    expect((await get(`/members/${m.id}`).expect(200)).body).toMatchObject({ identity: 'erased', status: 'active' });
    const found = await find({ q: `Ahmad ${m.identity.name.latin.family}` }).expect(200);
    expect(found.body.items.map((i: { memberId: string }) => i.memberId)).not.toContain(m.id);
    const csv = await get(`/members/export?centreId=${centre}&includeIdentity=true&purpose=Audit`).expect(200);
    expect(csv.text.split('\r\n').find((l) => l.includes(m.id))).toContain('[erased]');
    const timeline = await get(`/members/${m.id}/timeline`).expect(200);
    expect(timeline.body.entries.map((e: { type: string }) => e.type)).toEqual([
      'MemberApplied',
      'MemberVetted',
      'MemberOnboarded',
      'MemberIdentityErased',
    ]);
    const verify = await get(`/audit/streams/member-${m.id}/verify`, await service.auth(['auditor'])).expect(200);
    expect(verify.body).toMatchObject({ ok: true, eventsChecked: 4 });

    // The whole service database: every text and jsonb column of every table.
    const db = service.app.get(DataSourceToken);
    expect(await db.query(`SELECT 1 FROM identity_keys WHERE member_id = $1`, [m.id])).toHaveLength(0);
    // The member's index rows, recomputed from the name they had: none is left.
    const rows = nameIndexKeysOf(service.app.get(IdentityVault).keyring).rowsOf(m.id, m.identity.name);
    expect(rows.length).toBeGreaterThan(10);
    const left = await db.query(`SELECT 1 FROM name_search_terms WHERE seal = ANY($1::bytea[])`, [
      rows.map((r) => r.seal),
    ]);
    expect(left).toHaveLength(0);
    const columns: { table_name: string; column_name: string }[] = await db.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'jsonb', 'json', 'character varying', 'ARRAY')`,
    );
    expect(columns.length).toBeGreaterThan(10);
    for (const { table_name, column_name } of columns) {
      const rows: { v: string | null }[] = await db.query(`SELECT "${column_name}"::text AS v FROM "${table_name}"`);
      const text = rows.map((r) => r.v ?? '').join('\n');
      for (const s of secrets)
        expect({ table_name, column_name, leaked: text.includes(s) ? s : null }).toEqual({
          table_name,
          column_name,
          leaked: null,
        });
    }

    // Kafka: the member's events are all on the topic, sealed only.
    const kafka = testKafka('personnel-identity-spec');
    const consumer = kafka.consumer({ groupId: `personnel-identity-spec-${randomUUID()}` });
    const seen: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: 'muster.personnel.events', fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`only saw ${seen.length} of the member's events on Kafka`)),
        30_000,
      );
      void consumer.run({
        eachMessage: async ({ message }) => {
          const value = message.value?.toString('utf8') ?? '';
          if (message.key?.toString() !== `member-${m.id}`) return;
          seen.push(value);
          if (seen.length === 4) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
    await consumer.disconnect();
    expect(seen.map((v) => (JSON.parse(v) as { type: string }).type)).toEqual([
      'MemberApplied',
      'MemberVetted',
      'MemberOnboarded',
      'MemberIdentityErased',
    ]);
    for (const value of seen) for (const s of secrets) expect(value).not.toContain(s);
    expect(JSON.parse(seen[0] as string).data.identity.sealed).toMatchObject({ alg: 'AES-256-GCM' });
  });

  it('refuses an identity update for an erased or unknown member without creating a data key', async () => {
    const db = service.app.get(DataSourceToken);
    const keyRows = async (): Promise<number> =>
      Number(((await db.query(`SELECT count(*)::int AS n FROM identity_keys`)) as { n: number }[])[0]?.n);
    const m = await activeMember(service, centre);
    await service
      .http()
      .post(`/members/${m.id}/identity-erasure`)
      .set('Authorization', hr)
      .send({ reason: 'Member at risk' })
      .expect(200);
    const before = await keyRows();
    const put = (memberId: string) =>
      service
        .http()
        .put(`/members/${memberId}/identity`)
        .set('Authorization', hr)
        .send({ identity: identityFixture(), reason: 'New phone' });
    expect((await put(m.id).expect(409)).body.code).toBe('IDENTITY_ERASED');
    const unknown = randomUUID();
    expect((await put(unknown).expect(404)).body.code).toBe('MEMBER_NOT_FOUND');
    expect(await keyRows()).toBe(before);
    expect(await db.query(`SELECT 1 FROM identity_keys WHERE member_id = ANY($1)`, [[m.id, unknown]])).toEqual([]);
  });

  it('scopes an applicant to their preferred centre alike on profile, timeline and identity', async () => {
    const applicant = await applyMember(service, { preferredCentreId: centre });
    const own = await service.auth(['commander'], { centres: [centre] });
    const other = await service.auth(['commander'], { centres: [otherCentre] });
    const paths = [
      `/members/${applicant.id}`,
      `/members/${applicant.id}/timeline`,
      `/members/${applicant.id}/identity?purpose=Shift%20roll%20call`,
    ];
    for (const path of paths) {
      await get(path, own).expect(200);
      expect((await get(path, other).expect(404)).body.code).toBe('MEMBER_NOT_FOUND');
    }
    const limited = await get(paths[2] ?? '', own).expect(200);
    expect(limited.body).toMatchObject({ view: 'name-and-call-sign', identity: null, name: applicant.identity.name });
  });

  it('keeps a fallen member with the centre they served, not the one they once applied to', async () => {
    const applied = await applyMember(service, { preferredCentreId: otherCentre });
    const hrToken = await service.auth(['hr']);
    const send = (path: string, body: object) =>
      service.http().post(`/members/${applied.id}${path}`).set('Authorization', hrToken).send(body).expect(200);
    await send('/vetting', { outcome: 'cleared', vettedOn: '2025-01-15' });
    await send('/onboarding', { centreId: centre, roles: ['rescuer'], startsOn: '2025-02-01' });
    await send('/death-in-line-of-duty', { diedOn: '2025-03-02', incidentRef: 'INC-90', circumstances: 'Air strike' });
    const served = await service.auth(['commander'], { centres: [centre] });
    const appliedTo = await service.auth(['commander'], { centres: [otherCentre] });
    expect((await get(`/members/${applied.id}`, served).expect(200)).body).toMatchObject({ status: 'killed' });
    expect((await get(`/members/${applied.id}`, appliedTo).expect(404)).body.code).toBe('MEMBER_NOT_FOUND');
  });
});
