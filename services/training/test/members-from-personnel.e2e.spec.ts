import { randomUUID } from 'node:crypto';
import { EventEnvelope } from '@muster/contracts';
import { envelopeOf, publish, startTestService, TestService } from '@muster/service-testing';
import { waitFor } from '@muster/testing';
import { DataSource } from 'typeorm';
import { AppModule, trainingService } from '../src/app.module';
import { memberStanding, memberStandingOn } from '../src/members';

/** Personnel's member events, at their place in the member's stream. */
const memberEvent = (memberId: string, version: number, type: string, data: object): EventEnvelope => ({
  ...envelopeOf('personnel', type, `member-${memberId}`, data),
  streamVersion: version,
});

describe('members known to training, from personnel’s topic', () => {
  let service: TestService;
  let db: DataSource;

  beforeAll(async () => {
    service = await startTestService(AppModule, trainingService);
    db = service.app.get(DataSource);
  });
  afterAll(async () => service?.close());

  it('keeps a transfer that arrives before the onboarding and counts it once the onboarding arrives', async () => {
    const memberId = randomUUID();
    const [a, b] = [randomUUID(), randomUUID()];
    const onboarded = memberEvent(memberId, 3, 'MemberOnboarded', {
      centreId: a,
      roles: ['rescuer'],
      startsOn: '2025-01-01',
    });
    const transferred = memberEvent(memberId, 4, 'MemberTransferred', {
      fromCentreId: a,
      toCentreId: b,
      effectiveOn: '2025-06-01',
    });
    await publish(transferred);
    await waitFor(
      async () => (await db.query(`SELECT 1 FROM training_member_facts WHERE member_id = $1`, [memberId])).length > 0,
      30_000,
      'the transfer to be kept',
    );
    expect(await memberStanding(db, memberId)).toBeNull();

    // The onboarding, then both again (a redelivery): counted once each.
    await publish(onboarded, onboarded, transferred);
    await waitFor(async () => (await memberStanding(db, memberId))?.centreId === b, 30_000, 'the onboarding');
    expect(await memberStanding(db, memberId)).toEqual({ status: 'active', centreId: b, roles: ['rescuer'] });
    expect(await memberStandingOn(db, memberId, '2025-03-01')).toEqual({
      status: 'active',
      centreId: a,
      roles: ['rescuer'],
    });
    expect(await memberStandingOn(db, memberId, '2024-12-31')).toBeNull();
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM training_member_facts WHERE member_id = $1`, [
      memberId,
    ]);
    expect(n).toBe(2);
  });

  it('follows suspension and death; the day before, the member stood as before', async () => {
    const memberId = randomUUID();
    const centre = randomUUID();
    await publish(
      memberEvent(memberId, 3, 'MemberOnboarded', { centreId: centre, roles: ['driver'], startsOn: '2025-01-01' }),
      memberEvent(memberId, 4, 'MemberSuspended', { since: '2025-02-01', reason: 'Under investigation' }),
      memberEvent(memberId, 5, 'MemberReinstated', { reinstatedOn: '2025-03-01' }),
      memberEvent(memberId, 6, 'MemberKilledInLineOfDuty', {
        diedOn: '2025-04-01',
        centreId: centre,
        roles: ['driver'],
      }),
    );
    await waitFor(async () => (await memberStanding(db, memberId))?.status === 'killed', 30_000, 'the death');
    expect((await memberStandingOn(db, memberId, '2025-02-15'))?.status).toBe('suspended');
    expect((await memberStandingOn(db, memberId, '2025-03-31'))?.status).toBe('active');
    // Personnel's free text beyond the contract is not kept.
    const [suspension] = await db.query(
      `SELECT data FROM training_member_facts WHERE member_id = $1 AND type = 'MemberSuspended'`,
      [memberId],
    );
    expect(suspension.data).toEqual({ since: '2025-02-01' });
  });

  it('dead-letters a member event that breaks its contract and goes on', async () => {
    const memberId = randomUUID();
    await publish(
      memberEvent(memberId, 3, 'MemberOnboarded', { centreId: 'nowhere', roles: ['rescuer'], startsOn: '2025-01-01' }),
      memberEvent(memberId, 4, 'MemberSuspended', { since: '2025-02-01' }),
    );
    await waitFor(
      async () => (await db.query(`SELECT 1 FROM training_member_facts WHERE member_id = $1`, [memberId])).length > 0,
      60_000,
      'the good event after the bad one',
    );
    // The suspension is kept; without a readable onboarding the member is not known yet.
    expect(await memberStanding(db, memberId)).toBeNull();
  });
});
