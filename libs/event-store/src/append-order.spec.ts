import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { sleep } from '@muster/testing';
import { PostgresEventStore } from './index';
import { metadata, openStoreDatabase, StoreDatabase } from './test-support/store-database';

const enlisted = (name: string) => ({ type: 'VolunteerEnlisted', data: { name } });

/** `event_store_append` called by hand, for a session the test drives statement by statement. */
const rawAppend = (client: Client, streamId: string) =>
  client.query(
    `SELECT * FROM event_store_append($1, 'member', NULL, NULL, ARRAY[$2]::uuid[], ARRAY['VolunteerEnlisted'],
       ARRAY[1], '[{"name":"by hand"}]'::jsonb, '{}'::jsonb, now(), ARRAY['content'])`,
    [streamId, randomUUID()],
  );

/**
 * Per-stream order on the topic is transaction order (the relay reads by transaction id). These interleavings are the
 * ones that could give a stream's later version an earlier transaction id.
 */
describe('PostgresEventStore keeping each stream in transaction order', () => {
  let database: StoreDatabase;
  let store: PostgresEventStore;
  let session: Client;

  beforeAll(async () => {
    database = await openStoreDatabase('es_append_order');
    store = new PostgresEventStore(database.dataSource);
  });
  beforeEach(async () => {
    session = new Client({ connectionString: database.url });
    await session.connect();
  });
  afterEach(() => session.end());
  afterAll(() => database.close());

  const created = async (): Promise<string> => {
    const stream = `member-${randomUUID()}`;
    await store.append(stream, [enlisted('Ada')], { expectedVersion: 'no-stream', metadata });
    return stream;
  };
  const transactionOrder = async (stream: string): Promise<number[]> =>
    (
      await database.dataSource.query<Array<{ stream_version: number }>>(
        `SELECT stream_version FROM events WHERE stream_id = $1 ORDER BY transaction_id, global_position`,
        [stream],
      )
    ).map((row) => row.stream_version);

  it('refuses an append whose transaction got its id before a later append to the stream committed', async () => {
    const stream = await created();
    await session.query('BEGIN');
    await session.query('SELECT pg_current_xact_id()'); // the id comes before the append, as after any first write
    await store.append(stream, [enlisted('Grace')], { expectedVersion: 1, metadata }); // a later id, committed

    await expect(rawAppend(session, stream)).rejects.toMatchObject({ code: 'MU428' });
    await session.query('ROLLBACK');
    expect(await transactionOrder(stream)).toEqual([1, 2]);
  });

  it('lets a transaction that wrote first append when nothing committed to the stream meanwhile', async () => {
    const stream = await created();
    const other = `member-${randomUUID()}`;
    await session.query('BEGIN');
    await rawAppend(session, other);
    await rawAppend(session, stream);
    await session.query('COMMIT');
    expect(await transactionOrder(stream)).toEqual([1, 2]);
  });

  it('locks every stream of a batch before its first insert, so a stream it waited for stays in order', async () => {
    // The batch locks in hashtext order: `first` before `waitedFor`. Another session holds `waitedFor`'s lock with no
    // transaction id yet, and appends to it only once the batch has started waiting.
    const [first, waitedFor] = await Promise.all([created(), created()]).then(async (streams) => {
      const [{ first: a }] = await database.dataSource.query<Array<{ first: boolean }>>(
        `SELECT hashtext($1) < hashtext($2) AS first`,
        streams,
      );
      return a ? streams : [streams[1], streams[0]];
    });
    await session.query('BEGIN');
    await session.query('SELECT pg_advisory_xact_lock(1297437524, hashtext($1))', [waitedFor]);

    const batch = store.appendToStreams([
      { streamId: first, events: [enlisted('Hedy')], options: { expectedVersion: 'any', metadata } },
      { streamId: waitedFor, events: [enlisted('Joan')], options: { expectedVersion: 'any', metadata } },
    ]);
    await waitForLockWaiter(database, waitedFor);
    await rawAppend(session, waitedFor);
    await session.query('COMMIT');

    const outcomes = await batch;
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['appended', 'appended']);
    expect(await transactionOrder(waitedFor)).toEqual([1, 2, 3]);
    expect(await transactionOrder(first)).toEqual([1, 2]);
  });
});

/** Until some session waits for this stream's advisory lock. */
async function waitForLockWaiter(database: StoreDatabase, streamId: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const [{ waiting }] = await database.dataSource.query<Array<{ waiting: boolean }>>(
      `SELECT EXISTS (
         SELECT 1 FROM pg_locks
          WHERE locktype = 'advisory' AND NOT granted AND classid = 1297437524
            AND objid = hashtext($1)::oid AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
       ) AS waiting`,
      [streamId],
    );
    if (waiting) return;
    await sleep(20);
  }
  throw new Error(`nobody waited for ${streamId}'s lock`);
}
