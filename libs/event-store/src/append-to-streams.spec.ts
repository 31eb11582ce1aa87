import { randomUUID } from 'node:crypto';
import { DomainError, DomainEvent } from '@muster/event-sourcing';
import { sleep } from '@muster/testing';
import { AppendHook, ConcurrencyError, IdempotencyConflict, PostgresEventStore, StreamAppend } from './index';
import { ledger } from './test-support/ledger.decider';
import { metadata, openStoreDatabase, StoreDatabase } from './test-support/store-database';

const enlisted = (name: string) => ({ type: 'VolunteerEnlisted', data: { name } });
const streamId = (): string => `member-${randomUUID()}`;

describe('PostgresEventStore appending to many streams in one transaction', () => {
  let database: StoreDatabase;
  let store: PostgresEventStore;
  /** A store whose hook logs each event with the transaction it ran in, and fails on a 'Poison' event. */
  let hooked: PostgresEventStore;

  beforeAll(async () => {
    database = await openStoreDatabase('es_append_many');
    store = new PostgresEventStore(database.dataSource);
    await database.dataSource.query(
      `CREATE TABLE hook_log (event_id uuid PRIMARY KEY, stream_id text NOT NULL, transaction_id xid8 NOT NULL)`,
    );
    const logging: AppendHook = {
      name: 'log',
      onAppended: async (events, tx) => {
        for (const e of events) {
          await tx.query(`INSERT INTO hook_log VALUES ($1, $2, pg_current_xact_id())`, [e.id, e.streamId]);
        }
      },
    };
    const failing: AppendHook = {
      name: 'failing',
      onAppended: async (events) => {
        if (events.some((e) => e.type === 'Poison')) throw new Error('hook refused');
      },
    };
    hooked = new PostgresEventStore(database.dataSource, { hooks: [logging, failing] });
  });
  afterAll(() => database.close());

  const created = async (name: string): Promise<string> => {
    const stream = streamId();
    await store.append(stream, [enlisted(name)], { expectedVersion: 'no-stream', metadata });
    return stream;
  };
  const versionOf = async (stream: string): Promise<number | undefined> =>
    (await database.dataSource.query(`SELECT version FROM streams WHERE stream_id = $1`, [stream]))[0]?.version;

  it('appends to each stream with its own version and hash chain, in one transaction with the hooks', async () => {
    const existing = await created('Ada');
    const fresh = streamId();
    const outcomes = await hooked.appendToStreams([
      { streamId: existing, events: [enlisted('Grace')], options: { expectedVersion: 1, metadata } },
      {
        streamId: fresh,
        events: [enlisted('Hedy'), enlisted('Joan')],
        options: { expectedVersion: 'no-stream', metadata },
      },
    ]);

    expect(outcomes.map((o) => o.status)).toEqual(['appended', 'appended']);
    const [a, b] = outcomes.map((o) => (o.status === 'appended' ? o.result : undefined));
    expect(a).toMatchObject({ streamId: existing, nextExpectedVersion: 2 });
    expect(b).toMatchObject({ streamId: fresh, nextExpectedVersion: 2 });
    expect(await store.readStream(existing, { fromVersion: 2 })).toEqual(a?.events);
    expect(await store.readStream(fresh)).toEqual(b?.events);
    const [ada] = await store.readStream(existing, { toVersion: 1 });
    expect(a?.events[0].previousHash).toBe(ada.hash);
    expect(b?.events.map((e) => e.previousHash)).toEqual([null, b?.events[0].hash]);
    for (const stream of [existing, fresh]) expect(await store.verifyStream(stream)).toMatchObject({ ok: true });

    // One transaction: every event of the batch and every hook write carry the same transaction id.
    const ids = [...(a?.events ?? []), ...(b?.events ?? [])].map((e) => e.id);
    const transactions = await database.dataSource.query(
      `SELECT DISTINCT transaction_id::text FROM events WHERE id = ANY($1::uuid[])
       UNION SELECT DISTINCT transaction_id::text FROM hook_log WHERE event_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(transactions).toHaveLength(1);
    expect(
      await database.dataSource.query(`SELECT count(*)::int AS n FROM hook_log WHERE event_id = ANY($1)`, [ids]),
    ).toEqual([{ n: 3 }]);
  });

  it('refuses a stream whose expected version no longer matches and commits the others', async () => {
    const stale = await created('Ada');
    await store.append(stale, [enlisted('Moved on')], { expectedVersion: 1, metadata });
    const taken = await created('Grace');
    const ok = await created('Hedy');
    const outcomes = await hooked.appendToStreams([
      { streamId: ok, events: [enlisted('Kept')], options: { expectedVersion: 1, metadata } },
      { streamId: stale, events: [enlisted('Late')], options: { expectedVersion: 1, metadata } },
      { streamId: taken, events: [enlisted('Again')], options: { expectedVersion: 'no-stream', metadata } },
    ]);

    expect(outcomes[0]).toMatchObject({ status: 'appended', result: { nextExpectedVersion: 2 } });
    expect(outcomes[1]).toEqual({ status: 'refused', error: expect.any(ConcurrencyError) });
    expect(outcomes[1]).toMatchObject({ error: { streamId: stale, expectedVersion: 1, currentVersion: 2 } });
    expect(outcomes[2]).toMatchObject({
      status: 'refused',
      error: { expectedVersion: 'no-stream', currentVersion: 1 },
    });
    expect((await store.readStream(stale)).map((e) => e.data)).toEqual([{ name: 'Ada' }, { name: 'Moved on' }]);
    expect(await store.readStream(taken)).toHaveLength(1);
    expect((await store.readStream(ok)).map((e) => e.data)).toEqual([{ name: 'Hedy' }, { name: 'Kept' }]);
    const logged = await database.dataSource.query(
      `SELECT DISTINCT stream_id FROM hook_log WHERE stream_id = ANY($1)`,
      [[ok, stale, taken]],
    );
    expect(logged).toEqual([{ stream_id: ok }]);
  });

  it('rolls the whole batch back when anything else fails: a hook, or the database', async () => {
    const a = await created('Ada');
    const b = await created('Grace');
    const batch = (poison: DomainEvent): StreamAppend[] => [
      { streamId: a, events: [enlisted('Hedy')], options: { expectedVersion: 1, metadata } },
      { streamId: b, events: [poison], options: { expectedVersion: 1, metadata } },
    ];

    await expect(hooked.appendToStreams(batch({ type: 'Poison', data: {} }))).rejects.toThrow('hook refused');
    // A NUL character no jsonb can hold: the database refuses the statement, and with it every stream.
    await expect(store.appendToStreams(batch({ type: 'Noted', data: { text: 'a\u0000b' } }))).rejects.toThrow();

    for (const stream of [a, b]) {
      expect(await store.readStream(stream)).toHaveLength(1);
      expect(await versionOf(stream)).toBe(1);
      expect(await store.verifyStream(stream)).toMatchObject({ ok: true, eventsChecked: 1 });
    }
    expect(await database.dataSource.query(`SELECT * FROM hook_log WHERE stream_id = ANY($1)`, [[a, b]])).toEqual([]);
    const again = await hooked.appendToStreams(batch(enlisted('Joan')));
    expect(again.map((o) => o.status)).toEqual(['appended', 'appended']);
  });

  it('answers a stream whose idempotency key was used with its first result, and refuses a key of another stream', async () => {
    const a = await created('Ada');
    const b = await created('Grace');
    const elsewhere = await created('Hedy');
    const keyA = `key-${randomUUID()}`;
    const keyB = `key-${randomUUID()}`;
    await store.append(elsewhere, [enlisted('Other')], { expectedVersion: 1, metadata, idempotencyKey: keyB });
    const batch: StreamAppend[] = [
      { streamId: a, events: [enlisted('Joan')], options: { expectedVersion: 1, metadata, idempotencyKey: keyA } },
      { streamId: b, events: [enlisted('Mary')], options: { expectedVersion: 1, metadata, idempotencyKey: keyB } },
    ];

    const first = await store.appendToStreams(batch);
    expect(first[0]).toMatchObject({ status: 'appended', fresh: true, result: { nextExpectedVersion: 2 } });
    expect(first[1]).toEqual({ status: 'refused', error: expect.any(IdempotencyConflict) });
    const retried = await store.appendToStreams(batch);
    expect(retried[0]).toEqual({
      status: 'appended',
      fresh: false,
      result: first[0].status === 'appended' && first[0].result,
    });
    expect(await store.readStream(a)).toHaveLength(2);
    expect(await store.readStream(b)).toHaveLength(1);
  });

  it('lets one of a batch and a single append racing on a stream win, and crossing batches never deadlock', async () => {
    const streams = await Promise.all(Array.from({ length: 40 }, (_, i) => created(`Volunteer ${i}`)));
    const batch = (order: readonly string[]): StreamAppend[] =>
      order.map((stream) => ({
        streamId: stream,
        events: [enlisted('Raced')],
        options: { expectedVersion: 1, metadata },
      }));
    const [forwards, backwards, single] = await Promise.allSettled([
      hooked.appendToStreams(batch(streams)),
      hooked.appendToStreams(batch([...streams].reverse())),
      hooked.append(streams[7], [enlisted('Alone')], { expectedVersion: 1, metadata }),
    ]);

    if (forwards.status !== 'fulfilled' || backwards.status !== 'fulfilled') throw new Error('a batch failed');
    const wins = (outcomes: readonly { status: string }[]) => outcomes.map((o) => o.status === 'appended');
    const forwardWins = wins(forwards.value);
    const backwardWins = wins(backwards.value).reverse();
    streams.forEach((_, i) => {
      const singleWon = i === 7 && single.status === 'fulfilled';
      expect([forwardWins[i], backwardWins[i], singleWon].filter(Boolean)).toHaveLength(1);
    });
    for (const stream of streams) {
      expect(await versionOf(stream)).toBe(2);
      expect(await store.verifyStream(stream)).toMatchObject({ ok: true, eventsChecked: 2 });
    }
  });

  it('refuses a batch naming a stream twice, a stream without events or a bad version, writing nothing', async () => {
    const a = await created('Ada');
    const once = { streamId: a, events: [enlisted('Grace')], options: { expectedVersion: 1, metadata } };
    await expect(store.appendToStreams([once, once])).rejects.toThrow(RangeError);
    await expect(store.appendToStreams([once, { ...once, streamId: streamId(), events: [] }])).rejects.toThrow(
      RangeError,
    );
    await expect(store.appendToStreams([{ ...once, options: { expectedVersion: -1, metadata } }])).rejects.toThrow(
      RangeError,
    );
    expect(await store.appendToStreams([])).toEqual([]);
    expect(await versionOf(a)).toBe(1);
  });

  describe('handleMany: one decider, many streams', () => {
    const opened = async (amount: number): Promise<string> => {
      const stream = `fund-${randomUUID()}`;
      await store.handle(ledger, stream, { type: 'Deposit', amount }, { metadata, now: new Date() });
      return stream;
    };

    it('decides each command on its own stream; a refusal by the rules or a stale version is that one’s alone', async () => {
      const [rich, poor, moved, idle] = await Promise.all([opened(100), opened(5), opened(10), opened(10)]);
      await store.handle(ledger, moved, { type: 'Deposit', amount: 1 }, { metadata, now: new Date() });
      const now = new Date('2026-03-01T10:00:00.000Z');

      const outcomes = await hooked.handleMany(
        ledger,
        [
          { streamId: rich, command: { type: 'Withdraw', amount: 40 } },
          { streamId: poor, command: { type: 'Withdraw', amount: 40 } },
          { streamId: moved, command: { type: 'Withdraw', amount: 1 }, expectedVersion: 1 },
          { streamId: idle, command: { type: 'Deposit', amount: 0 } },
        ],
        { metadata, now },
      );

      expect(outcomes[0]).toMatchObject({ status: 'handled', result: { streamId: rich, nextExpectedVersion: 2 } });
      expect(outcomes[1]).toEqual({ status: 'refused', error: expect.any(DomainError) });
      expect(outcomes[1]).toMatchObject({ error: { code: 'InsufficientFunds' } });
      expect(outcomes[2]).toMatchObject({ status: 'refused', error: { currentVersion: 2 } });
      expect(outcomes[2]).toEqual({ status: 'refused', error: expect.any(ConcurrencyError) });
      expect(outcomes[3]).toEqual({
        status: 'handled',
        result: { streamId: idle, nextExpectedVersion: 1, events: [] },
      });
      const [withdrawn] = await store.readStream(rich, { fromVersion: 2 });
      expect(withdrawn).toMatchObject({
        type: 'Withdrawn',
        data: { amount: 40 },
        metadata,
        occurredAt: now.toISOString(),
      });
      expect(await store.readStream(poor)).toHaveLength(1);
      expect(await store.readStream(moved)).toHaveLength(2);
    });

    it('lets exactly one of a batch and a single command that decided on the same version win', async () => {
      const fund = await opened(50);
      // Hold the stream's lock so that both read version 1 and then queue behind it (1297437524: the store's class).
      const runner = database.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      await runner.query(`SELECT pg_advisory_xact_lock(1297437524, hashtext($1))`, [fund]);
      const now = new Date();
      const racing = Promise.allSettled([
        hooked.handleMany(ledger, [{ streamId: fund, command: { type: 'Withdraw', amount: 30 } }], { metadata, now }),
        store.handle(ledger, fund, { type: 'Withdraw', amount: 30 }, { metadata, now }),
      ]);
      const waiting = async () =>
        (
          await database.dataSource.query(
            `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
              WHERE d.datname = current_database() AND l.locktype = 'advisory' AND NOT l.granted`,
          )
        )[0].n;
      while ((await waiting()) < 2) await sleep(20);
      await runner.commitTransaction();
      await runner.release();
      const [batch, single] = await racing;

      if (batch.status !== 'fulfilled') throw batch.reason;
      const batchWon = batch.value[0].status === 'handled';
      expect(batchWon).toBe(single.status === 'rejected');
      if (!batchWon) expect(batch.value[0]).toMatchObject({ status: 'refused', error: { currentVersion: 2 } });
      // The single command pinned no version: having lost, it is decided again on the fund as it now is, and refused
      // by the rules (20 left of 50 is not enough for another 30).
      if (single.status === 'rejected') expect(single.reason).toMatchObject({ code: 'InsufficientFunds' });
      expect((await store.readStream(fund)).map((e) => e.type)).toEqual(['Deposited', 'Withdrawn']);
    });
  });
});
