import { randomUUID } from 'node:crypto';
import { AppendHook, ConcurrencyError, IdempotencyConflict, PostgresEventStore } from './index';
import { metadata, openStoreDatabase, StoreDatabase } from './test-support/store-database';
import { sleep } from '@muster/testing';

const enlisted = (name: string) => ({ type: 'VolunteerEnlisted', data: { name } });
const streamId = (): string => `member-${randomUUID()}`;

describe('PostgresEventStore append and read', () => {
  let database: StoreDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await openStoreDatabase('es_append');
    store = new PostgresEventStore(database.dataSource);
  });
  afterAll(() => database.close());

  it('records events with gapless versions, positions, metadata and a hash chain, and reads them back', async () => {
    const stream = streamId();
    const occurredAt = new Date('2026-02-01T08:30:00.123Z');
    const first = await store.append(stream, [enlisted('Ada'), enlisted('Grace')], {
      expectedVersion: 'no-stream',
      metadata,
      occurredAt,
    });
    const second = await store.append(stream, [{ type: 'VolunteerVetted', data: { by: 'officer-7' } }], {
      expectedVersion: first.nextExpectedVersion,
      metadata,
    });

    expect(first.nextExpectedVersion).toBe(2);
    expect(second.nextExpectedVersion).toBe(3);
    const read = await store.readStream(stream);
    expect(read).toEqual([...first.events, ...second.events]);
    expect(read.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
    expect(read[0]).toMatchObject({
      streamId: stream,
      streamType: 'member',
      type: 'VolunteerEnlisted',
      schemaVersion: 1,
      data: { name: 'Ada' },
      metadata,
      occurredAt: occurredAt.toISOString(),
      previousHash: null,
    });
    expect(read[1].previousHash).toBe(read[0].hash);
    expect(read[2].previousHash).toBe(read[1].hash);
    expect(BigInt(read[0].globalPosition) < BigInt(read[1].globalPosition)).toBe(true);
    expect(new Set(read.map((e) => e.id)).size).toBe(3);
    expect(await store.readStream(stream, { fromVersion: 2, toVersion: 2 })).toEqual([read[1]]);
    expect(await store.readStream(streamId())).toEqual([]);
  });

  it("refuses a stale expected version, and 'no-stream' on an existing stream", async () => {
    const stream = streamId();
    await store.append(stream, [enlisted('Ada'), enlisted('Grace')], { expectedVersion: 'no-stream', metadata });

    await expect(store.append(stream, [enlisted('Late')], { expectedVersion: 1, metadata })).rejects.toEqual(
      expect.objectContaining({ name: 'ConcurrencyError', streamId: stream, expectedVersion: 1, currentVersion: 2 }),
    );
    const noStream = store.append(stream, [enlisted('Again')], { expectedVersion: 'no-stream', metadata });
    await expect(noStream).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(noStream).rejects.toMatchObject({ expectedVersion: 'no-stream', currentVersion: 2 });
    await expect(store.append(streamId(), [enlisted('New')], { expectedVersion: 3, metadata })).rejects.toMatchObject({
      currentVersion: 0,
    });
    await expect(store.append(stream, [enlisted('Any')], { expectedVersion: 'any', metadata })).resolves.toMatchObject({
      nextExpectedVersion: 3,
    });
    expect(await store.readStream(stream)).toHaveLength(3);
  });

  it('lets exactly one of many concurrent appends at the same version win', async () => {
    const stream = streamId();
    await store.append(stream, [enlisted('Ada')], { expectedVersion: 'no-stream', metadata });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        store.append(stream, [enlisted(`Racer ${i}`)], { expectedVersion: 1, metadata }),
      ),
    );

    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected).toHaveLength(7);
    for (const { reason } of rejected) expect(reason).toBeInstanceOf(ConcurrencyError);
    expect((await store.readStream(stream)).map((e) => e.streamVersion)).toEqual([1, 2]);
  });

  it("refuses a stale expected version at once, without waiting for the stream's lock", async () => {
    const stream = streamId();
    await store.append(stream, [enlisted('Ada'), enlisted('Grace')], { expectedVersion: 'no-stream', metadata });
    // Another session holds the stream's append lock (the event store's advisory lock class, 'MUST').
    const holder = database.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query(`SELECT pg_advisory_xact_lock(1297437524, hashtext($1))`, [stream]);
      const startedAt = Date.now();
      await expect(store.append(stream, [enlisted('Late')], { expectedVersion: 1, metadata })).rejects.toMatchObject({
        name: 'ConcurrencyError',
        currentVersion: 2,
      });
      expect(Date.now() - startedAt).toBeLessThan(2_000);

      // An append at the current version still queues for the lock.
      let settled = false;
      const current = store.append(stream, [enlisted('Next')], { expectedVersion: 2, metadata }).finally(() => {
        settled = true;
      });
      await sleep(300);
      expect(settled).toBe(false);
      await holder.commitTransaction();
      await expect(current).resolves.toMatchObject({ nextExpectedVersion: 3 });
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
  });

  it("lets exactly one of many concurrent 'no-stream' appends create a stream", async () => {
    const stream = streamId();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        store.append(stream, [enlisted(`Founder ${i}`)], { expectedVersion: 'no-stream', metadata }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('answers a retried append with the first result and appends nothing', async () => {
    const stream = streamId();
    const key = randomUUID();
    const first = await store.append(stream, [enlisted('Ada'), enlisted('Grace')], {
      expectedVersion: 'no-stream',
      metadata,
      idempotencyKey: key,
    });
    // The retry carries a now-stale expected version: it must still get the first answer, not a conflict.
    const retry = await store.append(stream, [enlisted('Ada'), enlisted('Grace')], {
      expectedVersion: 'no-stream',
      metadata,
      idempotencyKey: key,
    });

    expect(retry).toEqual(first);
    expect(await store.readStream(stream)).toHaveLength(2);
    await expect(
      store.append(streamId(), [enlisted('Elsewhere')], { expectedVersion: 'any', metadata, idempotencyKey: key }),
    ).rejects.toBeInstanceOf(IdempotencyConflict);
  });

  it('appends once when duplicates of one request race, on the same stream or on different streams', async () => {
    const stream = streamId();
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        store.append(stream, [enlisted('Once')], { expectedVersion: 'any', metadata, idempotencyKey: key }),
      ),
    );
    expect(new Set(results.map((r) => r.events[0].id)).size).toBe(1);
    expect(await store.readStream(stream)).toHaveLength(1);

    const sharedKey = randomUUID();
    const streams = [streamId(), streamId(), streamId(), streamId()];
    const outcomes = await Promise.allSettled(
      streams.map((s) =>
        store.append(s, [enlisted('Once')], { expectedVersion: 'any', metadata, idempotencyKey: sharedKey }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(IdempotencyConflict);
    const lengths = await Promise.all(streams.map(async (s) => (await store.readStream(s)).length));
    expect(lengths.sort()).toEqual([0, 0, 0, 1]);
  });

  it('reads a stream as it was known at a point in time', async () => {
    const stream = streamId();
    const first = await store.append(stream, [enlisted('Ada')], { expectedVersion: 'no-stream', metadata });
    await sleep(20);
    const between = new Date();
    await sleep(20);
    await store.append(stream, [enlisted('Grace')], { expectedVersion: 1, metadata });

    expect(await store.readStream(stream, { asOf: between })).toEqual(first.events);
    expect(await store.readStream(stream, { asOf: new Date(first.events[0].recordedAt) })).toEqual(first.events);
    expect(await store.readStream(stream, { asOf: new Date(Date.parse(first.events[0].recordedAt) - 1) })).toEqual([]);
    expect(await store.readStream(stream, { asOf: new Date() })).toHaveLength(2);
  });

  it('rolls the whole append back when a hook fails, and commits hook writes with the events', async () => {
    await database.dataSource.query(`CREATE TABLE hook_log (event_id uuid PRIMARY KEY, type text NOT NULL)`);
    const logging: AppendHook = {
      name: 'log',
      onAppended: async (events, tx) => {
        for (const e of events) await tx.query(`INSERT INTO hook_log (event_id, type) VALUES ($1, $2)`, [e.id, e.type]);
      },
    };
    const failing: AppendHook = {
      name: 'failing',
      onAppended: async (events) => {
        if (events.some((e) => e.type === 'Poison')) throw new Error('hook refused');
      },
    };
    const hooked = new PostgresEventStore(database.dataSource, { hooks: [logging, failing] });
    const stream = streamId();

    const ok = await hooked.append(stream, [enlisted('Ada')], { expectedVersion: 'no-stream', metadata });
    await expect(
      hooked.append(stream, [enlisted('Grace'), { type: 'Poison', data: {} }], { expectedVersion: 1, metadata }),
    ).rejects.toThrow('hook refused');

    expect(await store.readStream(stream)).toEqual(ok.events);
    expect(await database.dataSource.query(`SELECT event_id FROM hook_log`)).toEqual([{ event_id: ok.events[0].id }]);
    expect(await store.verifyStream(stream)).toMatchObject({ ok: true, eventsChecked: 1 });
    const [head] = await database.dataSource.query(`SELECT version FROM streams WHERE stream_id = $1`, [stream]);
    expect(head).toEqual({ version: 1 });
    await expect(hooked.append(stream, [enlisted('Grace')], { expectedVersion: 1, metadata })).resolves.toMatchObject({
      nextExpectedVersion: 2,
    });
  });

  it('pages a stream and finds everything one operation caused, across streams', async () => {
    const correlationId = randomUUID();
    const tagged = { ...metadata, correlationId };
    const a = streamId();
    const b = streamId();
    await store.append(a, [enlisted('1'), enlisted('2'), enlisted('3')], {
      expectedVersion: 'no-stream',
      metadata: tagged,
    });
    await store.append(b, [enlisted('4')], { expectedVersion: 'no-stream', metadata: tagged });
    await store.append(b, [enlisted('other')], { expectedVersion: 1, metadata });

    const caused = await store.readByCorrelation(correlationId, { limit: 10 });
    expect(caused.map((e) => e.data)).toEqual([{ name: '1' }, { name: '2' }, { name: '3' }, { name: '4' }]);
    expect((await store.readByCorrelation(correlationId, { limit: 2, offset: 2 })).map((e) => e.data)).toEqual([
      { name: '3' },
      { name: '4' },
    ]);

    const page1 = await store.readStreamPage(a, { limit: 2 });
    expect(page1.events.map((e) => e.streamVersion)).toEqual([1, 2]);
    expect(page1.nextFromVersion).toBe(3);
    const page2 = await store.readStreamPage(a, { fromVersion: 3, limit: 2 });
    expect(page2.events.map((e) => e.streamVersion)).toEqual([3]);
    expect(page2.nextFromVersion).toBeNull();
  });

  it('checks the expected version of an empty append without writing anything', async () => {
    const stream = streamId();
    await expect(store.append(stream, [], { expectedVersion: 'no-stream', metadata })).resolves.toEqual({
      streamId: stream,
      nextExpectedVersion: 0,
      events: [],
    });
    await store.append(stream, [enlisted('Ada')], { expectedVersion: 'no-stream', metadata });
    await expect(store.append(stream, [], { expectedVersion: 0, metadata })).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(store.append(stream, [], { expectedVersion: 1.5, metadata })).rejects.toBeInstanceOf(RangeError);
  });
});
