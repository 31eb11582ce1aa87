import { randomUUID } from 'node:crypto';
import { chainHash, contentHash, PostgresEventStore, TamperKind } from './index';
import { metadata, openStoreDatabase, StoreDatabase } from './test-support/store-database';

describe('PostgresEventStore verifyStream', () => {
  let database: StoreDatabase;
  let store: PostgresEventStore;
  const sql = (text: string, parameters: unknown[] = []) => database.dataSource.query(text, parameters);

  beforeAll(async () => {
    database = await openStoreDatabase('es_verify');
    store = new PostgresEventStore(database.dataSource);
  });
  afterAll(() => database.close());

  async function streamOf(count: number): Promise<string> {
    const stream = `member-${randomUUID()}`;
    const events = Array.from({ length: count }, (_, i) => ({ type: 'DutyLogged', data: { hours: i + 1 } }));
    await store.append(stream, events.slice(0, 2), { expectedVersion: 'no-stream', metadata });
    await store.append(stream, events.slice(2), { expectedVersion: 2, metadata });
    return stream;
  }

  async function problemsOf(stream: string): Promise<[number, TamperKind][]> {
    const report = await store.verifyStream(stream);
    expect(report.ok).toBe(report.problems.length === 0);
    return report.problems.map((p) => [p.streamVersion, p.kind]);
  }

  it('passes an untouched stream, and an unknown one', async () => {
    const stream = await streamOf(5);
    expect(await store.verifyStream(stream)).toEqual({ streamId: stream, ok: true, eventsChecked: 5, problems: [] });
    expect(await store.verifyStream('member-unknown')).toMatchObject({ ok: true, eventsChecked: 0 });
  });

  it('detects an edited row', async () => {
    const stream = await streamOf(4);
    await sql(`UPDATE events SET data = '{"hours": 99}' WHERE stream_id = $1 AND stream_version = 2`, [stream]);
    expect(await problemsOf(stream)).toEqual([[2, 'edited']]);
  });

  it('detects edited metadata, type and occurrence time', async () => {
    const stream = await streamOf(4);
    await sql(
      `UPDATE events SET metadata = metadata || '{"actorId": "someone-else"}' WHERE stream_id = $1 AND stream_version = 1`,
      [stream],
    );
    await sql(`UPDATE events SET type = 'DutyForged' WHERE stream_id = $1 AND stream_version = 3`, [stream]);
    await sql(
      `UPDATE events SET occurred_at = occurred_at - interval '1 day' WHERE stream_id = $1 AND stream_version = 4`,
      [stream],
    );
    expect(await problemsOf(stream)).toEqual([
      [1, 'edited'],
      [3, 'edited'],
      [4, 'edited'],
    ]);
  });

  it('detects a row rewritten with a correctly recomputed hash by the broken link after it', async () => {
    const stream = await streamOf(4);
    const [row] = await sql(`SELECT * FROM events WHERE stream_id = $1 AND stream_version = 2`, [stream]);
    const forged = chainHash(
      row.previous_hash,
      2,
      contentHash({
        id: row.id,
        streamId: stream,
        streamType: row.stream_type,
        type: row.type,
        schemaVersion: row.schema_version,
        data: { hours: 0 },
        metadata: row.metadata,
        occurredAt: row.occurred_at.toISOString(),
      }),
    );
    await sql(`UPDATE events SET data = '{"hours": 0}', hash = $2 WHERE id = $1`, [row.id, forged]);
    expect(await problemsOf(stream)).toEqual([[3, 'hash-mismatch']]);
  });

  it('detects deleted rows, in the middle and at the end', async () => {
    const middle = await streamOf(4);
    await sql(`DELETE FROM events WHERE stream_id = $1 AND stream_version = 2`, [middle]);
    expect(await problemsOf(middle)).toEqual([[2, 'deleted']]);

    const end = await streamOf(4);
    await sql(`DELETE FROM events WHERE stream_id = $1 AND stream_version = 4`, [end]);
    expect(await problemsOf(end)).toEqual([[4, 'deleted']]);
  });

  it('detects inserted rows, at the end and in the middle', async () => {
    const insert = (stream: string, version: number) =>
      sql(
        `INSERT INTO events (id, stream_id, stream_type, stream_version, type, schema_version, data, metadata,
                             occurred_at, recorded_at, hash, previous_hash)
         SELECT gen_random_uuid(), stream_id, stream_type, $2, 'DutyLogged', 1, '{"hours": 1000}', metadata,
                occurred_at, recorded_at, md5(random()::text), previous_hash
           FROM events WHERE stream_id = $1 AND stream_version = $2 - 1`,
        [stream, version],
      );
    const atEnd = await streamOf(3);
    await insert(atEnd, 4);
    expect(await problemsOf(atEnd)).toEqual([[4, 'inserted']]);

    const inMiddle = await streamOf(3);
    // Make room at version 2 (two steps: the unique constraint is checked row by row).
    await sql(`UPDATE events SET stream_version = stream_version + 1000 WHERE stream_id = $1 AND stream_version >= 2`, [
      inMiddle,
    ]);
    await sql(
      `UPDATE events SET stream_version = stream_version - 999 WHERE stream_id = $1 AND stream_version > 1000`,
      [inMiddle],
    );
    await insert(inMiddle, 2);
    const problems = await problemsOf(inMiddle);
    expect(problems[0]).toEqual([2, 'inserted']);
    expect(problems.slice(1).map(([, kind]) => kind)).toEqual(['reordered', 'reordered']); // the rows it pushed along
  });

  it('detects reordered rows', async () => {
    const stream = await streamOf(5);
    await sql(`UPDATE events SET stream_version = 100 WHERE stream_id = $1 AND stream_version = 2`, [stream]);
    await sql(`UPDATE events SET stream_version = 2 WHERE stream_id = $1 AND stream_version = 4`, [stream]);
    await sql(`UPDATE events SET stream_version = 4 WHERE stream_id = $1 AND stream_version = 100`, [stream]);
    const report = await store.verifyStream(stream);
    expect(report.problems.map((p) => [p.streamVersion, p.kind])).toEqual([
      [2, 'reordered'],
      [4, 'reordered'],
    ]);
    expect(report.problems[0].message).toContain('recorded as version 4');
  });
});
