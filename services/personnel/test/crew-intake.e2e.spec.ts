import { randomUUID } from 'node:crypto';
import { knownCentre, startTestService, TestService } from '@muster/service-testing';
import { DataSource } from 'typeorm';
import { waitFor } from '@muster/testing';
import { intakeMemberId } from '../src/crew-intake/domain/intake-member-id';
import { AppModule, personnelService } from '../src/app.module';
import { identityFixture } from './support';

describe('crew intakes through the API', () => {
  let service: TestService;
  let hr: string;

  beforeAll(async () => {
    service = await startTestService(AppModule, personnelService);
    hr = await service.auth(['hr']);
  });
  afterAll(async () => service?.close());

  const post = (path: string, body: object, token = hr) =>
    service.http().post(path).set('Authorization', token).send(body);
  const get = (path: string, token = hr) => service.http().get(path).set('Authorization', token);
  const hasKey = async (memberId: string): Promise<boolean> =>
    (await service.app.get(DataSource).query(`SELECT 1 FROM identity_keys WHERE member_id = $1`, [memberId])).length >
    0;

  async function openIntake(centre: string) {
    const res = await post('/crew-intakes', {
      sourceOrganisation: 'Aleppo Civil Fire Brigade',
      unitName: 'Station 3',
      receivingCentreId: centre,
      openedOn: '2025-01-05',
    }).expect(201);
    return res.body as { id: string; version: number };
  }
  async function addPerson(intakeId: string, rank: string) {
    const res = await post(`/crew-intakes/${intakeId}/people`, {
      callSign: `Ember-${randomUUID().slice(0, 4)}`,
      identity: identityFixture(),
      priorService: [{ organisation: 'State Fire Brigade', rankOrRole: rank, from: '2012', to: '2024-12' }],
    }).expect(201);
    return res.body as { id: string; personId: string; memberId: string; version: number };
  }

  it('integrates a crew: vets each person, maps ranks, and on completion makes the cleared ones members on probation, idempotently', async () => {
    const centre = await knownCentre(service);
    const intake = await openIntake(centre);
    const a = await addPerson(intake.id, 'Firefighter');
    const b = await addPerson(intake.id, 'Driver');
    const c = await addPerson(intake.id, 'Firefighter');
    await post(`/crew-intakes/${intake.id}/people/${a.personId}/vetting`, {
      outcome: 'cleared',
      vettedOn: '2025-01-10',
    }).expect(200);
    await post(`/crew-intakes/${intake.id}/people/${b.personId}/vetting`, {
      outcome: 'cleared',
      vettedOn: '2025-01-10',
    }).expect(200);
    await post(`/crew-intakes/${intake.id}/people/${c.personId}/vetting`, {
      outcome: 'rejected',
      vettedOn: '2025-01-10',
      notes: 'Prior abuses reported',
    }).expect(200);
    const early = await post(`/crew-intakes/${intake.id}/completion`, {
      completedOn: '2025-02-01',
      probationMonths: 6,
    }).expect(409);
    expect(early.body.code).toBe('INTAKE_HAS_UNMAPPED_PEOPLE');
    await post(`/crew-intakes/${intake.id}/people/${a.personId}/rank-mapping`, {}).expect(200);
    await post(`/crew-intakes/${intake.id}/people/${b.personId}/rank-mapping`, {
      override: { roles: ['driver', 'mechanic'], reason: 'Maintained the trucks' },
    }).expect(200);
    expect((await post(`/crew-intakes/${intake.id}/people/${c.personId}/rank-mapping`, {}).expect(409)).body.code).toBe(
      'INTAKE_PERSON_REJECTED',
    );

    const done = await post(`/crew-intakes/${intake.id}/completion`, {
      completedOn: '2025-02-01',
      probationMonths: 6,
    }).expect(200);
    // A retried completion answers as the first and records nothing more.
    const again = await post(`/crew-intakes/${intake.id}/completion`, {
      completedOn: '2025-02-01',
      probationMonths: 6,
    }).expect(200);
    expect(again.body).toEqual(done.body);
    // Each cleared person becomes a member (applied, vetted, onboarded: version 3) once the reaction has run.
    const versionOf = async (memberId: string) => (await get(`/members/${memberId}`)).body.version as number;
    await waitFor(async () => (await versionOf(a.memberId)) === 3 && (await versionOf(b.memberId)) === 3);
    const memberA = await get(`/members/${a.memberId}`).expect(200);
    expect(memberA.body).toMatchObject({
      version: 3,
      status: 'active',
      centreId: centre,
      roles: ['firefighter'],
      probationEndsOn: '2025-08-01',
      origin: { kind: 'integrated-crew', intakeId: intake.id },
    });
    expect((await get(`/members?centreId=${centre}`).expect(200)).body.total).toBe(2);
    const identity = await get(`/members/${b.memberId}/identity?purpose=Onboarding%20paperwork`).expect(200);
    expect(identity.body.identity.name.latin.own).toBe('Ahmad');

    const story = await get(`/crew-intakes/${intake.id}`).expect(200);
    expect(story.body).toMatchObject({
      intakeId: intake.id,
      status: 'completed',
      opened: { receivingCentreId: centre },
      ending: { type: 'CrewIntakeCompleted', probationEndsOn: '2025-08-01', rejectedPersonIds: [c.personId] },
    });
    expect(
      story.body.people.map((p: { personId: string; memberId: string | null; vetting: { outcome: string } }) => [
        p.personId,
        p.vetting.outcome,
        p.memberId,
      ]),
    ).toEqual([
      [a.personId, 'cleared', a.memberId],
      [b.personId, 'cleared', b.memberId],
      [c.personId, 'rejected', null],
    ]);
    expect(story.body.people[1]).toMatchObject({
      mapping: { roles: ['driver', 'mechanic'], source: 'override' },
      member: { status: 'active', version: 3 },
    });
    expect(story.body.people[0].member.history.map((h: { type: string }) => h.type)).toEqual([
      'MemberApplied',
      'MemberVetted',
      'MemberOnboarded',
    ]);
    expect(JSON.stringify(story.body)).not.toMatch(/NID|Saraqib|أحمد/);
    // The rejected person will never be a member: their identity key goes with the completion; members keep theirs.
    expect(await hasKey(intakeMemberId(intake.id, c.personId))).toBe(false);
    expect(await hasKey(a.memberId)).toBe(true);
    expect(
      (await post(`/crew-intakes/${intake.id}/cancellation`, { cancelledOn: '2025-02-02', reason: 'x' }).expect(409))
        .body.code,
    ).toBe('INTAKE_ALREADY_COMPLETED');
  });

  it('cancels an open intake, and refuses bad input and wrong roles', async () => {
    const intake = await openIntake(await knownCentre(service));
    expect(
      (
        await post('/crew-intakes', {
          sourceOrganisation: 'X',
          unitName: 'Y',
          receivingCentreId: 'centre',
          openedOn: '2025-01-05',
        }).expect(400)
      ).body.code,
    ).toBe('VALIDATION_FAILED');
    expect(
      (
        await post(`/crew-intakes/${intake.id}/people`, {
          callSign: 'Ember',
          identity: identityFixture(),
          priorService: [],
        }).expect(400)
      ).body.code,
    ).toBe('VALIDATION_FAILED');
    expect(
      (
        await post(`/crew-intakes/${intake.id}/people`, {
          callSign: 'Ember',
          identity: identityFixture(),
          priorService: [{ organisation: 'X', rankOrRole: 'Y', from: 'March 2012' }],
        }).expect(400)
      ).body.code,
    ).toBe('VALIDATION_FAILED');
    expect(
      (
        await post(`/crew-intakes/${intake.id}/people/${randomUUID()}/vetting`, {
          outcome: 'cleared',
          vettedOn: '2025-01-10',
        }).expect(404)
      ).body.code,
    ).toBe('INTAKE_PERSON_NOT_FOUND');
    expect(
      (await post(`/crew-intakes/${randomUUID()}/cancellation`, { cancelledOn: '2025-02-02', reason: 'x' }).expect(404))
        .body.code,
    ).toBe('INTAKE_NOT_FOUND');
    expect(
      (
        await post(`/crew-intakes/${intake.id}/completion`, { completedOn: '2025-02-01', probationMonths: 30 }).expect(
          400,
        )
      ).body.code,
    ).toBe('VALIDATION_FAILED');
    expect(
      (
        await post(
          `/crew-intakes/${intake.id}/cancellation`,
          { cancelledOn: '2025-02-02', reason: 'x' },
          await service.auth(['training']),
        ).expect(403)
      ).body.code,
    ).toBe('AUTH_FORBIDDEN_ROLE');
    const person = await addPerson(intake.id, 'Firefighter');
    expect(await hasKey(intakeMemberId(intake.id, person.personId))).toBe(true);
    await post(`/crew-intakes/${intake.id}/cancellation`, {
      cancelledOn: '2025-02-02',
      reason: 'The crew chose another organisation',
    }).expect(200);
    expect(await hasKey(intakeMemberId(intake.id, person.personId))).toBe(false);
    expect((await get(`/crew-intakes/${intake.id}`).expect(200)).body).toMatchObject({
      status: 'cancelled',
      ending: { type: 'CrewIntakeCancelled' },
    });
    expect((await get(`/crew-intakes/${randomUUID()}`).expect(404)).body.code).toBe('INTAKE_NOT_FOUND');
  });
});
