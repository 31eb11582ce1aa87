import { randomUUID } from 'node:crypto';
import { CatchUpProjection, CatchUpProjectionRunner, PostgresEventStore } from './index';
import { metadata, openStoreDatabase, StoreDatabase } from './test-support/store-database';

describe('catch-up projections', () => {
  let database: StoreDatabase;
  let store: PostgresEventStore;

  // A roster: one row per volunteer, counting their duty hours. Idempotent by construction of the checkpoint.
  const roster: CatchUpProjection = {
    name: 'roster',
    handles: ['VolunteerEnlisted', 'DutyLogged'],
    async applyAll(events, tx) {
      for (const event of events) {
        if (event.type === 'VolunteerEnlisted') {
          const { name } = event.data as { name: string };
          await tx.query(`INSERT INTO roster (stream_id, name, hours) VALUES ($1, $2, 0)`, [event.streamId, name]);
        } else {
          const { hours } = event.data as { hours: number };
          await tx.query(`UPDATE roster SET hours = hours + $2 WHERE stream_id = $1`, [event.streamId, hours]);
        }
      }
    },
    async reset(tx) {
      await tx.query(`TRUNCATE roster`);
    },
  };
  const rosterRows = () => database.dataSource.query(`SELECT stream_id, name, hours FROM roster ORDER BY stream_id`);

  beforeAll(async () => {
    database = await openStoreDatabase('es_projections');
    store = new PostgresEventStore(database.dataSource);
    await database.dataSource.query(
      `CREATE TABLE roster (stream_id text PRIMARY KEY, name text NOT NULL, hours int NOT NULL)`,
    );
  });
  afterAll(() => database.close());

  async function enlistWithDuties(name: string, duties: number[]): Promise<void> {
    const stream = `member-${randomUUID()}`;
    await store.append(stream, [{ type: 'VolunteerEnlisted', data: { name } }], {
      expectedVersion: 'no-stream',
      metadata,
    });
    for (const hours of duties) {
      await store.append(
        stream,
        [
          { type: 'DutyLogged', data: { hours } },
          { type: 'Ignored', data: {} },
        ],
        {
          expectedVersion: 'any',
          metadata,
        },
      );
    }
  }

  it('catches up in batches from its checkpoint, applying each event once; a rebuild gives the same rows', async () => {
    const runner = new CatchUpProjectionRunner(store, { batchSize: 3 });
    await enlistWithDuties('Ada', [2, 3]);
    await enlistWithDuties('Grace', [5]);
    expect(await runner.catchUp(roster)).toBe(8);
    expect(await runner.catchUp(roster)).toBe(0); // nothing new: nothing applied twice

    await enlistWithDuties('Edsger', [1, 1, 1]);
    await Promise.all([runner.catchUp(roster), runner.catchUp(roster)]); // two runners: still once each
    const caughtUp = await rosterRows();
    expect(caughtUp.map((r: { name: string; hours: number }) => [r.name, r.hours]).sort()).toEqual([
      ['Ada', 5],
      ['Edsger', 3],
      ['Grace', 5],
    ]);

    expect(await runner.rebuild(roster)).toBe(15);
    expect(await rosterRows()).toEqual(caughtUp);
    expect(await runner.catchUp(roster)).toBe(0);
  });

  it('rolls back a failing batch together with its checkpoint', async () => {
    const runner = new CatchUpProjectionRunner(store, { batchSize: 100 });
    await runner.catchUp(roster);
    await enlistWithDuties('Barbara', [4]);
    const failing: CatchUpProjection = {
      ...roster,
      applyAll: async (events, tx) => {
        await roster.applyAll(events, tx);
        if (events.some((event) => event.type === 'DutyLogged')) throw new Error('read model unavailable');
      },
    };
    await expect(runner.catchUp(failing)).rejects.toThrow('read model unavailable');
    expect((await rosterRows()).map((r: { name: string }) => r.name)).not.toContain('Barbara');
    expect(await runner.catchUp(roster)).toBe(3);
    expect((await rosterRows()).find((r: { name: string }) => r.name === 'Barbara')).toMatchObject({ hours: 4 });
  });
});
