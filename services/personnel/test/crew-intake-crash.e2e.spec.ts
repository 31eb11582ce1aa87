import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { makeCentresKnown, spawnService, TEST_JWT_SECRET, testBearer } from '@muster/service-testing';
import {
  createServiceTestDatabase,
  serviceKafkaEnvironment,
  ServiceTestDatabase,
  sleep,
  waitFor,
} from '@muster/testing';
import { identityFixture } from './support';

const MAIN = join(__dirname, '..', 'src', 'main.ts');
const PEOPLE = 6;
const CENTRE = '5b0e7a4e-52a4-4c4e-9a57-6f5d0a3c9e11';

/**
 * The members of a completed crew intake are made by a reaction after the completion commits. Kill the service
 * (SIGKILL: no shutdown hook runs) between the intake's append and the last member's creation; after a restart every
 * cleared person is a member exactly once — applied, vetted and onboarded, no event twice.
 */
describe('crew intake completion survives a crash', () => {
  let database: ServiceTestDatabase;
  let sql: Client;

  beforeAll(async () => {
    database = await createServiceTestDatabase('personnel', 'personnel-crash');
    sql = new Client({ connectionString: database.url });
  });
  afterAll(async () => {
    await sql?.end();
    await database?.drop();
  });

  it('makes each member exactly once after a kill mid-way and a restart', async () => {
    const env = {
      ...database.serviceEnv,
      JWT_SECRET: TEST_JWT_SECRET,
      IDENTITY_KEK: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'silent',
      KAFKA_CONSUMER_GROUP: `muster-personnel-crash-${randomBytes(4).toString('hex')}`,
      ...serviceKafkaEnvironment('personnel'),
    };
    const first = await spawnService(MAIN, env);
    await makeCentresKnown(first, CENTRE);
    await sql.connect();
    const hr = await testBearer(['hr'], { sub: 'hr-1' });
    const post = async (path: string, body: object): Promise<Record<string, string>> => {
      const res = await fetch(`${first.url}${path}`, {
        method: 'POST',
        headers: { Authorization: hr, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as Record<string, string>;
    };

    const intake = await post('/crew-intakes', {
      sourceOrganisation: 'Aleppo Civil Fire Brigade',
      unitName: 'Station 3',
      receivingCentreId: CENTRE,
      openedOn: '2025-01-05',
    });
    const memberIds: string[] = [];
    for (let i = 0; i < PEOPLE; i += 1) {
      const person = await post(`/crew-intakes/${intake['id']}/people`, {
        callSign: `Ember-${i}`,
        identity: identityFixture(),
        priorService: [{ organisation: 'State Fire Brigade', rankOrRole: 'Firefighter', from: '2012', to: '2024-12' }],
      });
      await post(`/crew-intakes/${intake['id']}/people/${person['personId']}/vetting`, {
        outcome: 'cleared',
        vettedOn: '2025-01-10',
      });
      await post(`/crew-intakes/${intake['id']}/people/${person['personId']}/rank-mapping`, {});
      memberIds.push(person['memberId'] as string);
    }
    const memberEvents = async (): Promise<{ stream_id: string; stream_version: number; type: string }[]> =>
      (
        await sql.query(
          `SELECT stream_id, stream_version, type FROM events WHERE stream_id LIKE 'member-%'
            ORDER BY stream_id, stream_version`,
        )
      ).rows;
    expect(await memberEvents()).toEqual([]);

    await post(`/crew-intakes/${intake['id']}/completion`, { completedOn: '2025-02-01', probationMonths: 6 });
    // The instant the reaction has made its first effect, the process dies.
    while ((await memberEvents()).length === 0) await sleep(2);
    expect(await first.stop('SIGKILL')).toBeNull();
    const beforeRestart = await memberEvents();
    expect(beforeRestart.filter((e) => e.type === 'MemberOnboarded').length).toBeLessThan(PEOPLE);

    const second = await spawnService(MAIN, env);
    try {
      await waitFor(
        async () => (await memberEvents()).filter((e) => e.type === 'MemberOnboarded').length >= PEOPLE,
        60_000,
        'every member onboarded after the restart',
      );
      // Give a duplicate, if the reaction could make one, the time to appear.
      await sleep(1500);
      const expected = memberIds
        .map((id) => `member-${id}`)
        .sort()
        .flatMap((streamId) =>
          ['MemberApplied', 'MemberVetted', 'MemberOnboarded'].map((type, i) => ({
            stream_id: streamId,
            stream_version: i + 1,
            type,
          })),
        );
      expect(await memberEvents()).toEqual(expected);
      // (Other test files' events on the shared topics may be refused by other reactions; this one refused nothing.)
      expect((await sql.query(`SELECT * FROM reaction_refusals WHERE reaction = 'crew-intake-members'`)).rows).toEqual(
        [],
      );
    } finally {
      await second.stop('SIGTERM');
    }
  });
});
