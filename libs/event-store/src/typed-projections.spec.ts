import { randomUUID } from 'node:crypto';
import { defineEventCatalogue } from '@muster/event-sourcing';
import { CatchUpProjectionRunner, PostgresEventStore, Projection, catchUpProjection, inlineProjection } from './index';
import { metadata, openStoreDatabase, StoreDatabase } from './test-support/store-database';

type VolunteerEvent =
  | { type: 'VolunteerEnlisted'; data: { name: string } }
  | { type: 'DutyLogged'; data: { hours: number } }
  | { type: 'VolunteerThanked'; data: { note: string } };

const volunteers = defineEventCatalogue<VolunteerEvent>({
  streamType: 'volunteer',
  schemaVersions: { VolunteerEnlisted: 1, DutyLogged: 1, VolunteerThanked: 1 },
  upcasters: [],
});

/** Duty hours per volunteer: `switch (event.type)` narrows the data, no cast. */
const hours = (name: string, table: string): Projection<VolunteerEvent, 'VolunteerEnlisted' | 'DutyLogged'> => ({
  name,
  catalogue: volunteers,
  handles: ['VolunteerEnlisted', 'DutyLogged'],
  async apply(event, tx) {
    switch (event.type) {
      case 'VolunteerEnlisted':
        await tx.query(`INSERT INTO ${table} (stream_id, name, hours) VALUES ($1, $2, 0)`, [
          event.streamId,
          event.data.name,
        ]);
        return;
      case 'DutyLogged':
        await tx.query(`UPDATE ${table} SET hours = hours + $2 WHERE stream_id = $1`, [
          event.streamId,
          event.data.hours,
        ]);
        return;
    }
  },
});

describe('typed projections', () => {
  let database: StoreDatabase;
  const rows = (table: string) => database.dataSource.query(`SELECT name, hours FROM ${table} ORDER BY name`);

  beforeAll(async () => {
    database = await openStoreDatabase('es_typed_projections');
    for (const table of ['inline_hours', 'caught_up_hours']) {
      await database.dataSource.query(
        `CREATE TABLE ${table} (stream_id text PRIMARY KEY, name text NOT NULL, hours int NOT NULL)`,
      );
    }
  });
  afterAll(() => database.close());

  async function record(store: PostgresEventStore): Promise<void> {
    const ada = `volunteer-${randomUUID()}`;
    await store.append(
      ada,
      [
        { type: 'VolunteerEnlisted', data: { name: 'Ada' } },
        { type: 'DutyLogged', data: { hours: 2 } },
        { type: 'VolunteerThanked', data: { note: 'not handled' } },
        { type: 'DutyLogged', data: { hours: 3 } },
      ],
      { expectedVersion: 'no-stream', metadata },
    );
    // The same type string on another stream type is not a volunteer event.
    await store.append(`ledger-${randomUUID()}`, [{ type: 'DutyLogged', data: { minutes: 90 } }], {
      expectedVersion: 'no-stream',
      metadata,
    });
  }

  it('applies, inside the append, only the handled types of the catalogue’s stream type', async () => {
    const store = new PostgresEventStore(database.dataSource, {
      hooks: [inlineProjection(hours('inline-hours', 'inline_hours'))],
    });
    await record(store);
    expect(await rows('inline_hours')).toEqual([{ name: 'Ada', hours: 5 }]);
  });

  it('follows every type of the catalogue when it names none', async () => {
    const seen: string[] = [];
    const everything = {
      name: 'everything',
      catalogue: volunteers,
      apply: async ({ type }: { type: string }) => {
        seen.push(type);
      },
    };
    await record(new PostgresEventStore(database.dataSource, { hooks: [inlineProjection(everything)] }));
    expect(seen).toEqual(['VolunteerEnlisted', 'DutyLogged', 'VolunteerThanked', 'DutyLogged']);
    const caughtUp = catchUpProjection({ ...everything, reset: () => Promise.resolve() });
    expect(caughtUp.handles).toEqual(['VolunteerEnlisted', 'DutyLogged', 'VolunteerThanked']);
  });

  it('applies a batched projection once per append, with its handled events of every stream of the append', async () => {
    const calls: string[][] = [];
    const batched = inlineProjection({
      name: 'batched',
      catalogue: volunteers,
      handles: ['DutyLogged'],
      applyAll: async (events) => {
        calls.push(events.map((event) => `${event.streamId.slice(-4)}:${event.data.hours}`));
      },
    });
    const store = new PostgresEventStore(database.dataSource, { hooks: [batched] });
    // No enlistment: the catch-up test below counts the volunteers of the whole store.
    await store.append(
      `volunteer-${randomUUID()}`,
      [
        { type: 'DutyLogged', data: { hours: 2 } },
        { type: 'VolunteerThanked', data: { note: 'not handled' } },
        { type: 'DutyLogged', data: { hours: 3 } },
      ],
      { expectedVersion: 'no-stream', metadata },
    );
    const [a, b] = [`volunteer-${randomUUID()}`, `volunteer-${randomUUID()}`];
    await store.appendToStreams([
      {
        streamId: a,
        events: [{ type: 'DutyLogged', data: { hours: 1 } }],
        options: { expectedVersion: 'no-stream', metadata },
      },
      {
        streamId: b,
        events: [{ type: 'VolunteerThanked', data: { note: 'no' } }],
        options: { expectedVersion: 'no-stream', metadata },
      },
    ]);
    await store.append(b, [{ type: 'VolunteerThanked', data: { note: 'none handled: no call' } }], {
      expectedVersion: 1,
      metadata,
    });

    expect(calls).toHaveLength(2);
    expect(calls[0].map((c) => c.split(':')[1])).toEqual(['2', '3']);
    expect(calls[1]).toEqual([`${a.slice(-4)}:1`]);
  });

  it('catches up and rebuilds the same way', async () => {
    const store = new PostgresEventStore(database.dataSource);
    const projection = catchUpProjection({
      ...hours('caught-up-hours', 'caught_up_hours'),
      reset: async (tx) => {
        await tx.query(`TRUNCATE caught_up_hours`);
      },
    });
    expect(projection.handles).toEqual(['VolunteerEnlisted', 'DutyLogged']);
    const runner = new CatchUpProjectionRunner(store);
    await runner.catchUp(projection);
    await record(store);
    await runner.catchUp(projection);
    // The Adas of the tests before too: the runner reads the whole store.
    const ada = { name: 'Ada', hours: 5 };
    expect(await rows('caught_up_hours')).toEqual([ada, ada, ada]);
    await runner.rebuild(projection);
    expect(await rows('caught_up_hours')).toEqual([ada, ada, ada]);
  });
});
