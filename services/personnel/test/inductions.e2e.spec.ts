import { randomUUID } from 'node:crypto';
import { envelopeOf, knownCentre, publish, startTestService, TestService } from '@muster/service-testing';
import { waitFor } from '@muster/testing';
import { DataSource } from 'typeorm';
import { AppModule, personnelService } from '../src/app.module';
import { applyMember } from './support';

/** Probation waits for the induction, which personnel learns of only from training's topic. */
describe('probation and the induction', () => {
  let service: TestService;
  let hr: string;

  beforeAll(async () => {
    service = await startTestService(AppModule, personnelService);
    hr = await service.auth(['hr']);
  });
  afterAll(async () => service?.close());

  const post = (path: string, body: object) => service.http().post(path).set('Authorization', hr).send(body);
  const confirm = (memberId: string) =>
    post(`/members/${memberId}/probation-review`, { reviewedOn: '2025-08-01', outcome: 'confirm' });

  it('refuses to confirm a probation until training reports the induction, then confirms it', async () => {
    const { id } = await applyMember(service);
    // Reported while the member is still an applicant: kept, not lost.
    await publish(
      envelopeOf('training', 'InductionCompleted', `certification-${randomUUID()}`, {
        memberId: id,
        completedOn: '2025-02-20',
      }),
    );
    const other = await applyMember(service);
    const centreId = await knownCentre(service);
    for (const memberId of [id, other.id]) {
      await post(`/members/${memberId}/vetting`, { outcome: 'cleared', vettedOn: '2025-01-15' }).expect(200);
      await post(`/members/${memberId}/onboarding`, {
        centreId,
        roles: ['rescuer'],
        startsOn: '2025-02-01',
        probationEndsOn: '2025-08-01',
      }).expect(200);
    }

    const refused = await confirm(other.id).expect(409);
    expect(refused.body).toMatchObject({ code: 'INDUCTION_NOT_COMPLETED' });
    // Extending needs no induction.
    await post(`/members/${other.id}/probation-review`, {
      reviewedOn: '2025-08-01',
      outcome: 'extend',
      newEndsOn: '2025-11-01',
      notes: 'Induction not done yet',
    }).expect(200);

    let status = 0;
    await waitFor(async () => (status = (await confirm(id)).status) !== 409, 30_000, 'the induction to arrive');
    expect(status).toBe(200);
    const profile = await service.http().get(`/members/${id}`).set('Authorization', hr).expect(200);
    expect(profile.body).toMatchObject({ status: 'active', probationEndsOn: null });
  });

  it('dead-letters a report that breaks its contract and goes on with the next one', async () => {
    const { id } = await applyMember(service);
    // One stream, so one partition: the good report waits behind the bad one until it is dead-lettered.
    const streamId = `certification-${randomUUID()}`;
    await publish(
      envelopeOf('training', 'InductionCompleted', streamId, { memberId: 'not-a-uuid', completedOn: '2025-03-01' }),
      envelopeOf('training', 'InductionCompleted', streamId, { memberId: id, completedOn: '2025-03-01' }),
    );
    const db = service.app.get(DataSource);
    await waitFor(
      async () => (await db.query(`SELECT 1 FROM member_inductions WHERE member_id = $1`, [id])).length > 0,
      60_000,
      'the good report after the bad one',
    );
    const metrics = await service
      .http()
      .get('/metrics')
      .set('Authorization', await service.auth(['admin']))
      .expect(200);
    expect(metrics.text).toMatch(
      /muster_consumer_dead_lettered_total\{[^}]*topic="muster.training.events"[^}]*\} [1-9]/,
    );
  });
});
