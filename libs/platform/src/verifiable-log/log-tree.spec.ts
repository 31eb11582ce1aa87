import { randomUUID } from 'node:crypto';
import { autocommit, eventStoreMigrations, PostgresEventStore, SqlTransaction, START } from '@muster/event-store';
import {
  leafHash,
  merkleRoot,
  SignedCheckpoint,
  TILE_WIDTH,
  TreeFrontier,
  verifyConsistency,
  verifyInclusion,
  newSigningKey,
} from '@muster/log-proofs';
import { ensureTopics, MigratedDatabase, openMigratedDatabase, testKafka, waitFor } from '@muster/testing';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { readLogEntries, readTreeEntries } from './log-entries';
import { LogSigner, checkpointOf } from './log-signer';
import { consistencyProof, inclusionProof, leafIndexOf } from './log-tree';
import { VerifiableLog1767225600400, VerifiableLogTiles1767225600401 } from './verifiable-log.migration';

const LOG = 'muster/spec';
const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
const metadata = { actorId: 'spec', actorRoles: ['admin'], correlationId: 'spec' };

/** `count` events from four concurrent writers, one or three per append: commit order interleaves their streams. */
async function appendEvents(dataSource: DataSource, count: number): Promise<void> {
  const store = new PostgresEventStore(dataSource);
  let left = count;
  await Promise.all(
    Array.from({ length: 4 }, async (_, writer) => {
      const stream = `ledger-${randomUUID()}`;
      while (left > 0) {
        const n = Math.min(left, writer % 2 === 0 ? 1 : 3);
        left -= n;
        const events = Array.from({ length: n }, (_, i) => ({ type: 'Counted', data: { writer, i } }));
        await store.append(stream, events, { expectedVersion: 'any', metadata });
      }
    }),
  );
}

/** The events' hashes in the order the tree takes them (commit order), straight from the table. */
async function logOrder(sql: SqlTransaction): Promise<Array<{ id: string; hash: string }>> {
  return sql.query(`SELECT id, hash FROM events ORDER BY transaction_id, global_position`);
}

async function signedUpTo(sql: SqlTransaction, size: number): Promise<SignedCheckpoint[]> {
  await waitFor(
    async () =>
      (await sql.query<{ size: string }>(`SELECT max(size)::text AS size FROM log_checkpoints`))[0]?.size ===
      String(size),
    60_000,
    `a checkpoint of ${size} events`,
  );
  const rows = await sql.query<Parameters<typeof checkpointOf>[1]>(
    `SELECT size::text, root, time, key_id, signature, consistency FROM log_checkpoints ORDER BY log_checkpoints.size`,
  );
  return rows.map((row) => checkpointOf(LOG, row));
}

/** Every event's inclusion proof in the tree of `size`, checked with nothing but the proof and the root. */
async function expectEveryEventProven(sql: SqlTransaction, checkpoint: SignedCheckpoint): Promise<void> {
  const events = (await logOrder(sql)).slice(0, checkpoint.size);
  const root = Buffer.from(checkpoint.root, 'hex');
  for (const [index, event] of events.entries()) {
    expect(await leafIndexOf(sql, event.id, checkpoint.size)).toBe(index);
    const proof = (await inclusionProof(sql, index, checkpoint.size)).map((h) => Buffer.from(h, 'hex'));
    expect(verifyInclusion(leafHash(event.hash), index, checkpoint.size, proof, root)).toBe(true);
  }
}

/** Every entry on the log topic, in the topic's order (a message carries several, a line each; one key, one partition). */
async function topicEntries(kafka: Kafka, topic: string): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)]));
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `log-tree-spec-${randomUUID()}` });
  const entries: string[] = [];
  const read = new Map<number, number>();
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        entries.push(...(message.value?.toString() ?? '').split('\n'));
        read.set(partition, Number(message.offset) + 1);
      },
    });
    await waitFor(
      () => [...ends].every(([partition, end]) => (read.get(partition) ?? 0) >= end),
      30_000,
      'the log topic read to its end',
    );
  } finally {
    await consumer.disconnect();
  }
  return entries;
}

describe('the log tree, stored as tiles (real PostgreSQL and Kafka)', () => {
  let database: MigratedDatabase | undefined;
  let signer: LogSigner | undefined;

  afterEach(async () => {
    await signer?.stop();
    await database?.close();
    signer = undefined;
    database = undefined;
  });

  const startSigner = async (dataSource: DataSource, logTopic: string | null = null) => {
    const kafka = testKafka('log-tree-spec');
    const checkpointTopic = `muster.spec-${randomUUID()}.checkpoints`;
    await ensureTopics(kafka, [checkpointTopic, ...(logTopic ? [logTopic] : [])]);
    signer = new LogSigner({
      dataSource,
      kafka,
      log: LOG,
      logTopic,
      checkpointTopic,
      signingKey: newSigningKey().privateKey,
      checkpointEvery: 100,
      checkpointIntervalMs: 500,
      pollIntervalMs: 50,
      batchSize: 300,
      logger: quiet,
    });
    await signer.start();
  };

  it('proves every event across tile boundaries, and re-reads the log from any index in commit order', async () => {
    database = await openMigratedDatabase('log-tiles', [
      ...eventStoreMigrations,
      VerifiableLog1767225600400,
      VerifiableLogTiles1767225600401,
    ]);
    const sql = autocommit(database.dataSource);
    const size = 2 * TILE_WIDTH + 100;
    // Signing while the events come: checkpoints at sizes across the tiles' boundaries.
    await startSigner(database.dataSource);
    await appendEvents(database.dataSource, size);
    const checkpoints = await signedUpTo(sql, size);
    expect(checkpoints.length).toBeGreaterThanOrEqual(3);

    const order = await logOrder(sql);
    expect(Buffer.from(checkpoints.at(-1)?.root ?? '', 'hex')).toEqual(merkleRoot(order.map((e) => leafHash(e.hash))));
    await expectEveryEventProven(sql, checkpoints.at(-1) as SignedCheckpoint);
    for (const [previous, next] of checkpoints.slice(1).map((c, i) => [checkpoints[i], c] as const)) {
      const from = previous as SignedCheckpoint;
      const proof = (await consistencyProof(sql, from.size, next.size)).map((h) => Buffer.from(h, 'hex'));
      expect(next.consistency?.proof).toEqual(proof.map((h) => h.toString('hex')));
      const root = (c: SignedCheckpoint) => Buffer.from(c.root, 'hex');
      expect(verifyConsistency(from.size, next.size, proof, root(from), root(next))).toBe(true);
    }

    // The log topic is re-sent from the middle of a tile: the same entries as the export, with the same indices.
    const exported = (await readLogEntries(sql, LOG, START, 0, size)).map((row) => row.entry);
    expect(await readTreeEntries(sql, LOG, 300, 530)).toEqual(exported.slice(300, 530));
    expect(await readTreeEntries(sql, LOG, 0, size)).toEqual(exported);

    // An event the tree has not taken yet has no index in it.
    await appendEvents(database.dataSource, 1);
    const [newest] = await sql.query<{ id: string }>(`SELECT id FROM events ORDER BY global_position DESC LIMIT 1`);
    expect(await leafIndexOf(sql, newest?.id as string, size)).toBeUndefined();
  }, 120_000);

  it('copies every entry to the log topic in log order, and sends again from the tree what Kafka had not acknowledged', async () => {
    database = await openMigratedDatabase('log-topic', [
      ...eventStoreMigrations,
      VerifiableLog1767225600400,
      VerifiableLogTiles1767225600401,
    ]);
    const { dataSource } = database;
    const sql = autocommit(dataSource);
    const logTopic = `muster.spec-${randomUUID()}.log`;
    const copied = async (size: number) =>
      waitFor(
        async () =>
          (await sql.query<{ n: string }>(`SELECT entries_published::text AS n FROM log_signer`))[0]?.n ===
          String(size),
        60_000,
        `${size} entries copied`,
      );
    // Copied batch by batch as the tree takes the events.
    const size = TILE_WIDTH + 150;
    await startSigner(dataSource, logTopic);
    await appendEvents(dataSource, size);
    await copied(size);
    const exported = async () => (await readLogEntries(sql, LOG, START, 0, 10_000)).map((row) => row.entry);
    expect(await topicEntries(testKafka('log-tree-spec'), logTopic)).toEqual(await exported());

    // Kafka's acknowledgements of all but the first 200 lost (a crash before they were recorded): those are sent
    // again from the tree, before the events that came since.
    await signer?.stop();
    await sql.query(`UPDATE log_signer SET entries_published = 200`);
    await appendEvents(dataSource, 40);
    await signer?.start();
    await copied(size + 40);
    const all = await exported();
    expect(await topicEntries(testKafka('log-tree-spec'), logTopic)).toEqual([
      ...all.slice(0, size),
      ...all.slice(200),
    ]);
  }, 120_000);

  it('carries a tree stored a node per row over to tiles, and the signer grows it on from there', async () => {
    database = await openMigratedDatabase('log-tiles-upgrade', [...eventStoreMigrations, VerifiableLog1767225600400]);
    const { dataSource } = database;
    const sql = autocommit(dataSource);
    const before = TILE_WIDTH + 77;
    await appendEvents(dataSource, before);
    // The tree as the signer of the first layout left it: every leaf and every subtree it completed, its position.
    const order = await logOrder(sql);
    const frontier = TreeFrontier.empty();
    const nodes = order.flatMap((event) => frontier.append(leafHash(event.hash)));
    await sql.query(
      `INSERT INTO log_tree_nodes (level, index, hash) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])`,
      [nodes.map((n) => n.level), nodes.map((n) => n.index), nodes.map((n) => n.hash)],
    );
    await sql.query(
      `INSERT INTO log_leaves (leaf_index, event_id) SELECT ordinality - 1, id FROM unnest($1::uuid[]) WITH ORDINALITY AS l(id, ordinality)`,
      [order.map((e) => e.id)],
    );
    await sql.query(
      `UPDATE log_signer SET size = $1, (transaction_id, global_position) =
         (SELECT transaction_id, global_position FROM events ORDER BY transaction_id DESC, global_position DESC LIMIT 1)`,
      [before],
    );
    const runner = dataSource.createQueryRunner();
    try {
      await new VerifiableLogTiles1767225600401().up(runner);
    } finally {
      await runner.release();
    }
    expect(await sql.query(`SELECT to_regclass('log_leaves') IS NULL AS gone`)).toEqual([{ gone: true }]);

    await appendEvents(dataSource, 300);
    await startSigner(dataSource);
    const checkpoints = await signedUpTo(sql, before + 300);
    const all = await logOrder(sql);
    expect(Buffer.from(checkpoints.at(-1)?.root ?? '', 'hex')).toEqual(merkleRoot(all.map((e) => leafHash(e.hash))));
    expect(checkpoints[0]?.size).toBeGreaterThan(before);
    await expectEveryEventProven(sql, checkpoints.at(-1) as SignedCheckpoint);
  }, 120_000);
});
