import { randomUUID } from 'node:crypto';
import { DataSource as DataSourceToken } from 'typeorm';
import { PostgresEventStore } from '@muster/event-store';
import { makeCentresKnown, startTestService, TestService } from '@muster/service-testing';
import { testKafka, waitFor } from '@muster/testing';
import { AppModule, personnelService } from '../src/app.module';
import { SealedText } from '../src/identity';
import { IdentityVault } from '../src/vault/identity-vault';
import { activeMember, identityFixture } from './support';

interface Entry {
  type: string;
  text: string | null;
  textErased: boolean;
  reason: string | null;
  summary: string;
}

/** The values of the member's events on the public topic, once `count` of them have been published. */
async function publishedEvents(memberId: string, count: number): Promise<string[]> {
  const kafka = testKafka('personal-text-spec');
  const consumer = kafka.consumer({ groupId: `personal-text-spec-${randomUUID()}` });
  const seen: string[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic: 'muster.personnel.events', fromBeginning: true });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only saw ${seen.length} of ${count} events on Kafka`)), 30_000);
      void consumer.run({
        eachMessage: async ({ message }) => {
          if (message.key?.toString() !== `member-${memberId}`) return;
          seen.push(message.value?.toString('utf8') ?? '');
          if (seen.length === count) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return seen;
}

describe('free text about a member: sealed with their key, erased with their identity', () => {
  let service: TestService;
  let hr: string;
  const centre = randomUUID();
  // Distinctive words, so that finding one anywhere can only mean a leak.
  const suspension = `Sentinel-suspension-${randomUUID()}`;
  const injury = `Sentinel-injury-${randomUUID()}`;
  const reinstatement = `Sentinel-reinstatement-${randomUUID()}`;
  const identityUpdate = `Sentinel-identity-update-${randomUUID()}`;
  const sentinels = [suspension, injury, reinstatement, identityUpdate];

  beforeAll(async () => {
    service = await startTestService(AppModule, personnelService);
    await makeCentresKnown(service, centre);
    hr = await service.auth(['hr']);
  });
  afterAll(async () => service?.close());

  const post = (path: string, body: object) =>
    service.http().post(path).set('Authorization', hr).send(body).expect(200);
  const timeline = async (memberId: string, token = hr): Promise<Entry[]> =>
    (await service.http().get(`/members/${memberId}/timeline`).set('Authorization', token).expect(200)).body.entries;
  const memberEvents = (memberId: string): Promise<{ type: string; data: string; metadata: string }[]> =>
    service.app
      .get(DataSourceToken)
      .query(`SELECT type, data::text AS data, metadata::text AS metadata FROM events WHERE stream_id = $1`, [
        `member-${memberId}`,
      ]);

  it('keeps reasons, notes and descriptions out of the database and Kafka in clear, and opens them for those who read them', async () => {
    const m = await activeMember(service, centre);
    await post(`/members/${m.id}/suspension`, { since: '2025-04-01', reason: suspension });
    await post(`/members/${m.id}/injuries`, { injuredOn: '2025-04-02', inLineOfDuty: false, description: injury });
    await post(`/members/${m.id}/reinstatement`, { reinstatedOn: '2025-04-10', notes: reinstatement });
    await service
      .http()
      .put(`/members/${m.id}/identity`)
      .set('Authorization', hr)
      .send({ identity: identityFixture(), reason: identityUpdate })
      .expect(200);

    // The raw rows: data and metadata hold the texts sealed only (the request's reason is not copied to metadata).
    const rows = await memberEvents(m.id);
    expect(rows.map((r) => r.type)).toContain('MemberInjured');
    for (const row of rows) for (const s of sentinels) expect(`${row.data}${row.metadata}`).not.toContain(s);
    const injured = rows.find((r) => r.type === 'MemberInjured');
    expect(JSON.parse(injured?.data ?? '{}').description).toMatchObject({ keyId: expect.any(String) });
    // Nor in any other table: profiles, snapshots, the outbox.
    const db = service.app.get(DataSourceToken);
    const columns: { table_name: string; column_name: string }[] = await db.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'jsonb', 'json', 'character varying', 'ARRAY')`,
    );
    for (const { table_name, column_name } of columns) {
      const values: { v: string | null }[] = await db.query(`SELECT "${column_name}"::text AS v FROM "${table_name}"`);
      const text = values.map((r) => r.v ?? '').join('\n');
      expect({ table_name, column_name, leaked: sentinels.find((s) => text.includes(s)) ?? null }).toEqual({
        table_name,
        column_name,
        leaked: null,
      });
    }

    // Kafka: all seven of the member's events published, none with a text in clear.
    const published = await publishedEvents(m.id, 7);
    for (const value of published) for (const s of sentinels) expect(value).not.toContain(s);

    // Those who read the timeline read the texts.
    for (const token of [hr, await service.auth(['commander'], { centres: [centre] })]) {
      const entries = await timeline(m.id, token);
      expect(entries.find((e) => e.type === 'MemberSuspended')).toMatchObject({
        text: suspension,
        textErased: false,
        summary: `Suspended from 2025-04-01: ${suspension}`,
      });
      expect(entries.find((e) => e.type === 'MemberInjured')).toMatchObject({ text: injury, textErased: false });
      expect(entries.find((e) => e.type === 'MemberReinstated')).toMatchObject({ text: reinstatement });
      expect(entries.find((e) => e.type === 'MemberIdentityUpdated')).toMatchObject({
        text: identityUpdate,
        reason: null,
      });
      expect(entries.find((e) => e.type === 'MemberOnboarded')).toMatchObject({ text: null, textErased: false });
    }
  });

  it('erases the texts with the identity: the API says so, and nothing left can be opened', async () => {
    const m = await activeMember(service, centre);
    await post(`/members/${m.id}/suspension`, { since: '2025-04-01', reason: suspension });
    await post(`/members/${m.id}/identity-erasure`, { reason: 'Member asked for erasure' });

    const suspended = (await timeline(m.id)).find((e) => e.type === 'MemberSuspended');
    expect(suspended).toMatchObject({ text: null, textErased: true, summary: 'Suspended from 2025-04-01: [erased]' });
    const sealed = (await memberEvents(m.id)).map((row) => JSON.parse(row.data) as { reason?: SealedText });
    const reason = sealed.map((data) => data.reason).find((r) => typeof r === 'object');
    expect(reason).toBeDefined();
    expect(await service.app.get(IdentityVault).openTexts([reason as SealedText])).toEqual([null]);
    // Nothing more can be written about the member that erasure could not reach.
    const refused = await service
      .http()
      .post(`/members/${m.id}/reinstatement`)
      .set('Authorization', hr)
      .send({ reinstatedOn: '2025-05-01', notes: 'After erasure' })
      .expect(409);
    expect(refused.body.code).toBe('IDENTITY_ERASED');
  });

  it('seals a crew person’s vetting notes and rank-override reason with the key they keep as a member', async () => {
    const notes = `Sentinel-vetting-${randomUUID()}`;
    const override = `Sentinel-override-${randomUUID()}`;
    const rejection = `Sentinel-rejection-${randomUUID()}`;
    const send = (path: string, body: object) => service.http().post(path).set('Authorization', hr).send(body);
    const intake = (
      await send('/crew-intakes', {
        sourceOrganisation: 'Aleppo Civil Fire Brigade',
        unitName: 'Station 3',
        receivingCentreId: centre,
        openedOn: '2025-01-05',
      }).expect(201)
    ).body as { id: string };
    const person = async () =>
      (
        await send(`/crew-intakes/${intake.id}/people`, {
          callSign: `Ember-${randomUUID().slice(0, 4)}`,
          identity: identityFixture(),
          priorService: [{ organisation: 'State Fire Brigade', rankOrRole: 'Driver', from: '2012', to: '2024-12' }],
        }).expect(201)
      ).body as { personId: string; memberId: string };
    const kept = await person();
    const refused = await person();
    const people = `/crew-intakes/${intake.id}/people`;
    await send(`${people}/${kept.personId}/vetting`, { outcome: 'cleared', vettedOn: '2025-01-10', notes }).expect(200);
    await send(`${people}/${refused.personId}/vetting`, {
      outcome: 'rejected',
      vettedOn: '2025-01-10',
      notes: rejection,
    }).expect(200);
    await send(`${people}/${kept.personId}/rank-mapping`, {
      override: { roles: ['driver'], reason: override },
    }).expect(200);
    await send(`/crew-intakes/${intake.id}/completion`, { completedOn: '2025-02-01', probationMonths: 6 }).expect(200);
    await waitFor(async () => (await timeline(kept.memberId).catch(() => [])).length === 3);

    const db = service.app.get(DataSourceToken);
    const rows: { data: string; metadata: string }[] = await db.query(
      `SELECT data::text AS data, metadata::text AS metadata FROM events WHERE stream_id = ANY($1::text[])`,
      [[`crewintake-${intake.id}`, `member-${kept.memberId}`]],
    );
    expect(rows.length).toBeGreaterThan(8);
    for (const row of rows)
      for (const s of [notes, override, rejection]) expect(`${row.data}${row.metadata}`).not.toContain(s);

    expect((await timeline(kept.memberId)).find((e) => e.type === 'MemberVetted')).toMatchObject({ text: notes });
    const story = await service.http().get(`/crew-intakes/${intake.id}`).set('Authorization', hr).expect(200);
    expect(story.body.people[0]).toMatchObject({
      vetting: { notes, notesErased: false },
      mapping: { overrideReason: override, overrideReasonErased: false },
    });
    // The rejected person's key was shredded as the intake closed: what was written about them went with it.
    expect(story.body.people[1]).toMatchObject({ vetting: { notes: null, notesErased: true }, mapping: null });
  });

  it('still reads text recorded in clear before texts were sealed', async () => {
    const m = await activeMember(service, centre);
    // A suspension as it was recorded before: its reason in clear, in the data and the metadata.
    await service.app
      .get(PostgresEventStore)
      .append(
        `member-${m.id}`,
        [{ type: 'MemberSuspended', data: { since: '2025-04-01', reason: 'Recorded in clear' } }],
        {
          expectedVersion: m.version,
          metadata: {
            actorId: 'test-hr',
            actorRoles: ['hr'],
            correlationId: randomUUID(),
            reason: 'Recorded in clear',
          },
        },
      );
    expect((await timeline(m.id)).find((e) => e.type === 'MemberSuspended')).toMatchObject({
      text: 'Recorded in clear',
      textErased: false,
      reason: 'Recorded in clear',
      summary: 'Suspended from 2025-04-01: Recorded in clear',
    });
    const profile = await service.http().get(`/members/${m.id}`).set('Authorization', hr).expect(200);
    expect(profile.body).toMatchObject({ status: 'suspended' });
  });
});
