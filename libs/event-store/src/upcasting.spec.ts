import { randomUUID } from 'node:crypto';
import { Upcaster } from '@muster/event-sourcing';
import { PostgresEventStore, UpcasterRegistry } from './index';
import { metadata, openStoreDatabase, StoreDatabase } from './test-support/store-database';

// VolunteerEnlisted v1 had `name`; v2 split it; v3 added a default region.
const v1ToV2: Upcaster<{ name: string }, { givenName: string; familyName: string }> = {
  type: 'VolunteerEnlisted',
  fromVersion: 1,
  upcast: ({ name }) => {
    const [givenName, ...rest] = name.split(' ');
    return { givenName, familyName: rest.join(' ') };
  },
};
const v2ToV3: Upcaster<{ givenName: string; familyName: string }, object> = {
  type: 'VolunteerEnlisted',
  fromVersion: 2,
  upcast: (data) => ({ ...data, region: 'unassigned' }),
};

describe('upcasting', () => {
  let database: StoreDatabase;

  beforeAll(async () => {
    database = await openStoreDatabase('es_upcasting');
  });
  afterAll(() => database.close());

  it('lifts an old stored row through every upcaster on read, and writes new events at the current version', async () => {
    const store = new PostgresEventStore(database.dataSource, { upcasters: [v2ToV3, v1ToV2] });
    const stream = `member-${randomUUID()}`;
    // An event as an older release wrote it, straight into the table.
    await database.dataSource.query(
      `SELECT * FROM event_store_append($1, 'member', 0, NULL, ARRAY[$2]::uuid[], ARRAY['VolunteerEnlisted'], ARRAY[1],
                                        '[{"name": "Ada King Lovelace"}]'::jsonb, $3::jsonb, now(), ARRAY['x'])`,
      [stream, randomUUID(), JSON.stringify(metadata)],
    );
    const appended = await store.append(
      stream,
      [{ type: 'VolunteerEnlisted', data: { givenName: 'Grace', familyName: 'Hopper', region: 'north' } }],
      { expectedVersion: 1, metadata },
    );
    expect(appended.events[0].schemaVersion).toBe(3);

    const read = await store.readStream(stream);
    expect(read.map((e) => [e.schemaVersion, e.data])).toEqual([
      [3, { givenName: 'Ada', familyName: 'King Lovelace', region: 'unassigned' }],
      [3, { givenName: 'Grace', familyName: 'Hopper', region: 'north' }],
    ]);
    expect((await store.readAll({ limit: 10 })).events[0].data).toEqual(read[0].data);
    const [stored] = await database.dataSource.query(
      `SELECT schema_version, data FROM events WHERE stream_version = 1 AND stream_id = $1`,
      [stream],
    );
    expect(stored).toEqual({ schema_version: 1, data: { name: 'Ada King Lovelace' } }); // never edited
  });

  it('knows each type’s current version and refuses two upcasters for one step', () => {
    const registry = new UpcasterRegistry([v1ToV2, v2ToV3]);
    expect(registry.currentVersion('VolunteerEnlisted')).toBe(3);
    expect(registry.currentVersion('VolunteerVetted')).toBe(1);
    expect(registry.upcast('VolunteerVetted', 1, { by: 'x' })).toEqual({ schemaVersion: 1, data: { by: 'x' } });
    expect(() => new UpcasterRegistry([v1ToV2, v1ToV2])).toThrow('Two upcasters for VolunteerEnlisted@1');
  });
});
