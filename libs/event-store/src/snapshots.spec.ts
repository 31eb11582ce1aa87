import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { fold } from '@muster/event-sourcing';
import { ConcurrencyError, PostgresEventStore } from './index';
import { ledger, LedgerEvent } from './test-support/ledger.decider';
import { metadata, openStoreDatabase, StoreDatabase } from './test-support/store-database';

const now = new Date('2026-03-01T10:00:00Z');

describe('PostgresEventStore load and handle', () => {
  let database: StoreDatabase;

  beforeAll(async () => {
    database = await openStoreDatabase('es_snapshots');
  });
  afterAll(() => database.close());

  const snapshotRows = (stream: string) =>
    database.dataSource.query(`SELECT snapshot_key, version FROM snapshots WHERE stream_id = $1`, [stream]);

  it('loads the same state from snapshot + tail as from a full replay, for any event sequence', async () => {
    const event = fc.oneof(
      fc.record({
        type: fc.constant('Deposited' as const),
        data: fc.record({ amount: fc.integer({ min: 1, max: 500 }) }),
      }),
      fc.record({
        type: fc.constant('Withdrawn' as const),
        data: fc.record({ amount: fc.integer({ min: 1, max: 500 }) }),
      }),
      fc.record({ type: fc.constant('Noted' as const), data: fc.record({ text: fc.string({ maxLength: 12 }) }) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(event, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 7 }),
        async (batches, snapshotEvery) => {
          const store = new PostgresEventStore(database.dataSource, { snapshotEvery });
          const stream = `fund-${randomUUID()}`;
          const options = { snapshotKey: 'ledger@1' };
          for (const batch of batches) {
            await store.append(stream, batch, { expectedVersion: 'any', metadata });
            await store.load(ledger, stream, options); // loading leaves snapshots behind as the stream grows
          }
          const all: LedgerEvent[] = batches.flat();
          const replayed = fold(ledger, ledger.initialState, all);
          const fromSnapshot = await store.load(ledger, stream, options);
          const withoutSnapshot = await store.load(ledger, stream);

          expect(fromSnapshot).toEqual({ state: replayed, version: all.length });
          expect(withoutSnapshot).toEqual(fromSnapshot);
          if (all.length >= snapshotEvery) expect(await snapshotRows(stream)).toHaveLength(1);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('ignores snapshots of another key (a changed decider) and never uses them with asOf', async () => {
    const store = new PostgresEventStore(database.dataSource, { snapshotEvery: 2 });
    const stream = `fund-${randomUUID()}`;
    const deposit = (amount: number) => ({ type: 'Deposited', data: { amount } });
    await store.append(stream, [deposit(10), deposit(20), deposit(30)], { expectedVersion: 'no-stream', metadata });
    await store.load(ledger, stream, { snapshotKey: 'ledger@1' });
    // A snapshot whose state this key's decider would never produce: proves which path a load took.
    await database.dataSource.query(
      `UPDATE snapshots SET state = '{"balance": -1, "movements": 3, "notes": []}' WHERE stream_id = $1`,
      [stream],
    );

    expect((await store.load(ledger, stream, { snapshotKey: 'ledger@1' })).state.balance).toBe(-1);
    expect((await store.load(ledger, stream, { snapshotKey: 'ledger@2' })).state.balance).toBe(60);
    expect((await store.load(ledger, stream, { snapshotKey: 'ledger@1', asOf: new Date() })).state.balance).toBe(60);
    expect(await store.load(ledger, stream, { asOf: new Date('2000-01-01') })).toEqual({
      state: ledger.initialState,
      version: 0,
    });
  });

  it('handles a command: load, decide, append at the decided version, snapshot when due', async () => {
    const store = new PostgresEventStore(database.dataSource, { snapshotEvery: 2 });
    const stream = `fund-${randomUUID()}`;
    const options = { metadata, now, snapshotKey: 'ledger@1' };

    const first = await store.handle(ledger, stream, { type: 'Deposit', amount: 50 }, options);
    expect(first.nextExpectedVersion).toBe(1);
    expect(first.events[0]).toMatchObject({ type: 'Deposited', data: { amount: 50 }, occurredAt: now.toISOString() });
    await store.handle(ledger, stream, { type: 'Withdraw', amount: 20 }, { ...options, expectedVersion: 1 });
    expect(await snapshotRows(stream)).toEqual([{ snapshot_key: 'ledger@1', version: 2 }]);

    await expect(store.handle(ledger, stream, { type: 'Withdraw', amount: 1000 }, options)).rejects.toMatchObject({
      code: 'InsufficientFunds',
    });
    await expect(
      store.handle(ledger, stream, { type: 'Deposit', amount: 1 }, { ...options, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    // A decision without events appends nothing.
    expect(await store.handle(ledger, stream, { type: 'Deposit', amount: 0 }, options)).toEqual({
      streamId: stream,
      nextExpectedVersion: 2,
      events: [],
    });
    expect(await store.load(ledger, stream, { snapshotKey: 'ledger@1' })).toEqual({
      state: { balance: 30, movements: 2, notes: [] },
      version: 2,
    });
  });

  it('returns the first result for a retried command without deciding again, even when the state changed', async () => {
    const store = new PostgresEventStore(database.dataSource);
    const stream = `fund-${randomUUID()}`;
    await store.handle(ledger, stream, { type: 'Deposit', amount: 100 }, { metadata, now });
    const key = randomUUID();
    const withdraw = { type: 'Withdraw', amount: 80 } as const;

    const first = await store.handle(ledger, stream, withdraw, { metadata, now, idempotencyKey: key });
    // Deciding again would now fail (balance 20 < 80): the retry must not decide.
    const retry = await store.handle(ledger, stream, withdraw, { metadata, now, idempotencyKey: key });
    expect(retry).toEqual(first);

    const racedKey = randomUUID();
    const raced = await Promise.all(
      Array.from({ length: 4 }, () =>
        store.handle(ledger, stream, { type: 'Deposit', amount: 5 }, { metadata, now, idempotencyKey: racedKey }),
      ),
    );
    expect(new Set(raced.map((r) => r.events[0].id)).size).toBe(1);
    expect((await store.load(ledger, stream)).state.balance).toBe(25);
  });

  it('decides again on the stream as it is now when no version was pinned, and refuses when one was', async () => {
    const store = new PostgresEventStore(database.dataSource);
    const stream = `fund-${randomUUID()}`;
    await store.handle(ledger, stream, { type: 'Deposit', amount: 100 }, { metadata, now });

    // Four at once read the same version: each that loses the race reads again and decides anew (each loss is
    // another's win, so four attempts always do).
    const unpinned = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        store.handle(ledger, stream, { type: 'Withdraw', amount: 10 }, { metadata, now }),
      ),
    );
    expect(unpinned.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
    expect(await store.load(ledger, stream)).toMatchObject({ state: { balance: 60 }, version: 5 });

    // Deciding anew applies the rules to the state now: the withdrawals past the balance are refused by them.
    const overdrawn = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        store.handle(ledger, stream, { type: 'Withdraw', amount: 25 }, { metadata, now }),
      ),
    );
    expect(overdrawn.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(overdrawn.filter((r) => r.status === 'rejected').map((r) => r.reason.code)).toEqual([
      'InsufficientFunds',
      'InsufficientFunds',
    ]);

    const pinned = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        store.handle(ledger, stream, { type: 'Deposit', amount: 1 }, { metadata, now, expectedVersion: 7 }),
      ),
    );
    expect(pinned.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(pinned.filter((r) => r.status === 'rejected').map((r) => r.reason)).toEqual(
      Array.from({ length: 3 }, () => expect.any(ConcurrencyError)),
    );
  });
});
