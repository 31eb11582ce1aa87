import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrl } from '@muster/postgres';
import { sleep } from '@muster/testing';
import { RecordedEvent } from '@muster/event-sourcing';
import { AppendHook, Checkpoint, PostgresEventStore, START } from './index';
import { metadata, openStoreDatabase, StoreDatabase } from './test-support/store-database';

/** Holds an append's transaction open (after its events got their positions) until the test releases it. */
function holdingHook(): {
  hook: AppendHook;
  hold(streamId: string): () => void;
  reached(streamId: string): Promise<void>;
} {
  const gates = new Map<string, { released: Promise<void>; reached: () => void; reachedPromise: Promise<void> }>();
  const gateFor = (streamId: string) => {
    let gate = gates.get(streamId);
    if (!gate) {
      let reached = (): void => undefined;
      const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
      gate = { released: Promise.resolve(), reached, reachedPromise };
      gates.set(streamId, gate);
    }
    return gate;
  };
  return {
    hook: {
      name: 'hold',
      onAppended: async (events) => {
        const gate = gates.get(events[0].streamId);
        if (!gate) return;
        gate.reached();
        await gate.released;
      },
    },
    hold: (streamId) => {
      let release = (): void => undefined;
      gateFor(streamId).released = new Promise<void>((resolve) => (release = resolve));
      return () => release();
    },
    reached: (streamId) => gateFor(streamId).reachedPromise,
  };
}

/** Reads from `after` until `expected` events arrived (other test files' open transactions can hold readAll back). */
async function readUntil(
  store: PostgresEventStore,
  after: Checkpoint,
  expected: number,
  limit: number,
): Promise<RecordedEvent[]> {
  const seen: RecordedEvent[] = [];
  let checkpoint = after;
  const deadline = Date.now() + 30_000;
  while (seen.length < expected && Date.now() < deadline) {
    const batch = await store.readAll({ after: checkpoint, limit });
    seen.push(...batch.events);
    checkpoint = batch.checkpoint;
    if (batch.events.length === 0) await sleep(10);
  }
  return seen;
}

function expectEachOnceInStreamOrder(read: readonly RecordedEvent[], written: readonly RecordedEvent[]): void {
  expect(read).toHaveLength(written.length);
  expect(new Set(read.map((e) => e.id))).toEqual(new Set(written.map((e) => e.id)));
  const versionsByStream = new Map<string, number[]>();
  for (const event of read)
    versionsByStream.set(event.streamId, [...(versionsByStream.get(event.streamId) ?? []), event.streamVersion]);
  for (const versions of versionsByStream.values()) {
    expect(versions).toEqual(versions.map((_, index) => index + 1));
  }
}

describe('PostgresEventStore readAll', () => {
  let database: StoreDatabase;

  beforeAll(async () => {
    database = await openStoreDatabase('es_read_all');
  });
  afterAll(() => database.close());

  it('does not pass an event whose transaction commits after later positions were committed', async () => {
    const holding = holdingHook();
    const store = new PostgresEventStore(database.dataSource, { hooks: [holding.hook] });
    const { checkpoint: before } = await store.readAll({ after: START, limit: 1_000_000 });
    const slow = `member-${randomUUID()}`;
    const fast = `member-${randomUUID()}`;

    const release = holding.hold(slow);
    const slowAppend = store.append(slow, [{ type: 'Slow', data: {} }], { expectedVersion: 'any', metadata });
    await holding.reached(slow); // its event has a position now, but is not committed
    const fastAppend = await store.append(fast, [{ type: 'Fast', data: {} }], { expectedVersion: 'any', metadata });
    const [{ newer }] = await database.dataSource.query(
      `SELECT count(*)::int AS newer FROM events WHERE global_position > $1::bigint`,
      [before.globalPosition],
    );
    expect(newer).toBe(1); // a reader going by position alone would now move past the slow event

    const whileHeld = await store.readAll({ after: before, limit: 100 });
    expect(whileHeld.events).toEqual([]);
    expect(whileHeld.checkpoint).toEqual(before);

    release();
    const slowResult = await slowAppend;
    expect(BigInt(slowResult.events[0].globalPosition)).toBeLessThan(BigInt(fastAppend.events[0].globalPosition));
    const read = await readUntil(store, before, 2, 100);
    expect(read.map((e) => e.type)).toEqual(['Slow', 'Fast']);
  });

  it('reads every event exactly once, in stream order, with many writers and delayed commits', async () => {
    // Every append sleeps inside its transaction for 0-40 ms after inserting, so commits land out of position order.
    const delaying: AppendHook = {
      name: 'delay',
      onAppended: async (_events, tx) => {
        await tx.query(`SELECT pg_sleep($1)`, [Math.random() * 0.04]);
      },
    };
    const store = new PostgresEventStore(database.dataSource, { hooks: [delaying] });
    const { checkpoint: before } = await store.readAll({ after: START, limit: 1_000_000 });
    const written: RecordedEvent[] = [];
    const read: RecordedEvent[] = [];
    let writing = true;

    const writer = async (writerIndex: number): Promise<void> => {
      const streams = [0, 1, 2].map(() => `member-${randomUUID()}`);
      for (let round = 0; round < 12; round++) {
        const stream = streams[round % streams.length];
        const events = Array.from({ length: 1 + ((writerIndex + round) % 3) }, (_, i) => ({
          type: 'Mustered',
          data: { writerIndex, round, i },
        }));
        written.push(...(await store.append(stream, events, { expectedVersion: 'any', metadata })).events);
      }
    };
    const reader = async (): Promise<void> => {
      let checkpoint = before;
      while (writing) {
        const batch = await store.readAll({ after: checkpoint, limit: 7 });
        read.push(...batch.events);
        checkpoint = batch.checkpoint;
        if (batch.events.length === 0) await sleep(5);
      }
      read.push(...(await readUntil(store, checkpoint, written.length - read.length, 7)));
    };

    const reading = reader();
    await Promise.all(Array.from({ length: 6 }, (_, i) => writer(i)));
    writing = false;
    await reading;

    expect(written.length).toBeGreaterThan(100);
    expectEachOnceInStreamOrder(read, written);
  });

  it('reads an explicitly delayed COMMIT from another connection, then the rest, exactly once', async () => {
    const store = new PostgresEventStore(database.dataSource);
    const { checkpoint: before } = await store.readAll({ after: START, limit: 1_000_000 });
    const held = `member-${randomUUID()}`;
    const runner = database.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // The append function called inside a transaction this test commits by hand, later.
      await runner.startTransaction();
      const [heldRow] = await runner.query(
        `SELECT * FROM event_store_append($1, 'member', NULL, NULL, ARRAY[$2]::uuid[], ARRAY['Held'], ARRAY[1],
                                          '[{}]'::jsonb, $3::jsonb, now(), ARRAY['0'])`,
        [held, randomUUID(), JSON.stringify(metadata)],
      );
      const others = await Promise.all(
        Array.from({ length: 5 }, () =>
          store.append(`member-${randomUUID()}`, [{ type: 'Other', data: {} }], { expectedVersion: 'any', metadata }),
        ),
      );
      expect((await store.readAll({ after: before, limit: 100 })).events).toEqual([]);
      await sleep(50);
      await runner.commitTransaction();

      const read = await readUntil(store, before, 6, 2);
      expect(read[0].type).toBe('Held');
      expect(read[0].globalPosition).toBe(heldRow.global_position);
      expectEachOnceInStreamOrder(read, [read[0], ...others.flatMap((o) => o.events)]);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

describe('readAll beside other transactions on the same server', () => {
  let db: StoreDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await openStoreDatabase('read_all_neighbours');
    store = new PostgresEventStore(db.dataSource);
  });
  afterAll(async () => db?.close());

  async function endOfStore(): Promise<Checkpoint> {
    let checkpoint = START;
    for (;;) {
      const batch = await store.readAll({ after: checkpoint, limit: 1000 });
      if (batch.events.length === 0) return checkpoint;
      checkpoint = batch.checkpoint;
    }
  }

  /** Reads once every 100 ms for up to `ms`, returning the ids seen. */
  async function idsReadWithin(after: Checkpoint, ms: number): Promise<string[]> {
    const deadline = Date.now() + ms;
    for (;;) {
      const { events } = await store.readAll({ after, limit: 100 });
      if (events.length > 0 || Date.now() > deadline) return events.map((e) => e.id);
      await sleep(100);
    }
  }

  it('is not held back by a transaction open in another database (another service on the server)', async () => {
    const elsewhere = new Client({ connectionString: databaseUrl(db.url, 'postgres') });
    await elsewhere.connect();
    await elsewhere.query('BEGIN');
    await elsewhere.query('SELECT pg_current_xact_id()'); // holds a transaction id, as a writer would
    try {
      const after = await endOfStore();
      const { events } = await store.append(`unit-${randomUUID()}`, [{ type: 'Formed', data: {} }], {
        expectedVersion: 'no-stream',
        metadata,
      });
      expect(await idsReadWithin(after, 5_000)).toEqual([events[0]?.id]);
    } finally {
      await elsewhere.query('ROLLBACK');
      await elsewhere.end();
    }
  });

  it('waits for a transaction open in its own database, which could still commit events before the ones it read', async () => {
    const here = db.dataSource.createQueryRunner();
    await here.connect();
    await here.startTransaction();
    await here.query('SELECT pg_current_xact_id()');
    const after = await endOfStore();
    const { events } = await store.append(`unit-${randomUUID()}`, [{ type: 'Formed', data: {} }], {
      expectedVersion: 'no-stream',
      metadata,
    });
    try {
      expect(await idsReadWithin(after, 1_000)).toEqual([]);
    } finally {
      await here.rollbackTransaction();
      await here.release();
    }
    expect(await idsReadWithin(after, 5_000)).toEqual([events[0]?.id]);
  });
});
