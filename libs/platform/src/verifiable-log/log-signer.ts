import { KeyObject } from 'node:crypto';
import { Checkpoint, SqlTransaction } from '@muster/event-store';
import { leafHash, SignedCheckpoint, signCheckpoint, TileBuilder, TILE_WIDTH, TreeFrontier } from '@muster/log-proofs';
import { backoffMs, connectProducer, MessagingLogger, Wakeup } from '@muster/messaging';
import { Kafka, Producer } from 'kafkajs';
import type { PoolClient } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { readLogEntries, readLogLeaves, readTreeEntries } from './log-entries';
import { consistencyProof, loadTree, storeTiles } from './log-tree';

export interface LogSignerOptions {
  readonly dataSource: DataSource;
  readonly kafka: Kafka;
  /** The log's name in entries and checkpoints (`muster/<service>`). */
  readonly log: string;
  /** Where the entries are copied, or null to keep them only in the database (the checkpoints are sent regardless). */
  readonly logTopic: string | null;
  readonly checkpointTopic: string;
  readonly signingKey: KeyObject;
  /** A checkpoint is signed once this many events joined the tree since the last one… */
  readonly checkpointEvery: number;
  /** …or this long after it, if any did. */
  readonly checkpointIntervalMs: number;
  readonly pollIntervalMs?: number;
  readonly batchSize?: number;
  readonly logger: MessagingLogger;
}

interface SignerState {
  readonly size: string;
  readonly transaction_id: string;
  readonly global_position: string;
  readonly entries_published: string;
  readonly checkpoints_published: string;
}

interface CheckpointRow {
  readonly size: string;
  readonly root: string;
  readonly time: string;
  readonly key_id: string;
  readonly signature: string;
  readonly consistency: SignedCheckpoint['consistency'];
}

export function checkpointOf(log: string, row: CheckpointRow): SignedCheckpoint {
  return {
    log,
    size: Number(row.size),
    root: row.root,
    time: row.time,
    keyId: row.key_id,
    signature: row.signature,
    consistency: row.consistency,
  };
}

/** Below the broker's default message.max.bytes (1,048,588), with room for the batch's framing. */
const MAX_REQUEST_BYTES = 900_000;

/**
 * Entries go several to a message, one per line (docs/audit.md): what kafkajs costs is mostly per message, and one
 * per event took more of the service's CPU than the tree and the checkpoints together.
 */
const ENTRIES_MESSAGE_BYTES = 64_000;

/** Consecutive values in groups of at most `maxBytes` (a longer value alone), in order. */
function inGroups(values: readonly string[], maxBytes: number): string[][] {
  const groups: string[][] = [];
  let bytes = 0;
  for (const value of values) {
    const size = Buffer.byteLength(value);
    const last = groups.at(-1);
    if (last && bytes + size <= maxBytes) {
      last.push(value);
      bytes += size;
    } else {
      groups.push([value]);
      bytes = size;
    }
  }
  return groups;
}

/** One signer per database holds this session lock: two would hash the same events into two trees. */
const LOCK_KEY = `hashtext(current_schema() || '.muster_log_signer')`;

/**
 * Keeps the service's verifiable log (docs/audit.md), off the append path: a catch-up reader of `events` in commit
 * order that hashes each new event into the Merkle tree (tree and position committed together), copies the entries to
 * the log topic (unless told not to), and at the configured count or interval signs a checkpoint of the tree head with the service's key,
 * stores it with its consistency proof from the previous one, and sends it to the checkpoint topic. Kafka is told only
 * after PostgreSQL committed, and what it has acknowledged is recorded after: a crash sends the rest again (the
 * verifier and the witness take a repeat of the same entry or checkpoint as one). Failures only delay it.
 */
export class LogSigner {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly wakeup = new Wakeup();
  private running = false;
  private loop: Promise<void> | undefined;
  private runner: QueryRunner | undefined;
  private client: PoolClient | undefined;
  private leader = false;
  private producer: Producer | undefined;
  /** The leader's view: position in commit order, the tree's right edge and the last checkpoint. */
  private position: Checkpoint | undefined;
  private frontier: TreeFrontier | undefined;
  private tiles: TileBuilder | undefined;
  private lastCheckpoint: { size: number; signedAt: number } | undefined;
  /** The last batch's entries, read with its leaves, from this log index: sent next unless the topic lags behind. */
  private unsent: { from: number; entries: string[] } | undefined;

  constructor(private readonly options: LogSignerOptions) {
    this.batchSize = options.batchSize ?? 2000;
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeup.wake();
    await this.loop;
    this.loop = undefined;
    await this.producer?.disconnect().catch(() => undefined);
    this.producer = undefined;
    await this.releaseConnection();
  }

  /** Runs one round now (tests and benchmarks; the loop polls otherwise). */
  wake(): void {
    this.wakeup.wake();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const sql = await this.leadership();
        if (sql) {
          let taken: number;
          do {
            taken = await this.extendTree(sql);
            await this.publishEntries(sql);
          } while (taken === this.batchSize && this.running);
          await this.checkpointIfDue(sql);
          await this.publishCheckpoints(sql);
        }
        failures = 0;
        await this.wakeup.wait(this.pollIntervalMs);
      } catch (error) {
        failures += 1;
        const delay = backoffMs(failures, 250, 10_000);
        this.options.logger.warn(
          `log signer: ${error instanceof Error ? error.message : String(error)}; retrying in ${delay} ms`,
        );
        // Start over from what PostgreSQL committed: the in-memory tree may be ahead of it.
        this.position = undefined;
        await this.producer?.disconnect().catch(() => undefined);
        this.producer = undefined;
        await this.releaseConnection();
        if (this.running) await this.wakeup.wait(delay);
      }
    }
  }

  /** The dedicated connection holding the lock (read state once won), or undefined while another instance signs. */
  private async leadership(): Promise<SqlTransaction | undefined> {
    if (!this.client) {
      this.runner = this.options.dataSource.createQueryRunner();
      this.client = (await this.runner.connect()) as PoolClient;
    }
    if (!this.leader) {
      const { rows } = await this.client.query<{ locked: boolean }>(
        `SELECT pg_try_advisory_lock(${LOCK_KEY}) AS locked`,
      );
      this.leader = rows[0]?.locked === true;
      if (!this.leader) return undefined;
    }
    const client = this.client;
    const sql: SqlTransaction = {
      query: async <Row>(text: string, parameters: readonly unknown[] = []) =>
        (await client.query(text, [...parameters])).rows as Row[],
    };
    if (!this.position) {
      // A batch lost in a crash is hashed again from the position committed with the tree, so the signer's commits
      // need not wait for the disk: an fsync per batch would cost the appends beside it.
      await sql.query(`SET synchronous_commit = off`);
      const state = await this.state(sql);
      this.position = { transactionId: state.transaction_id, globalPosition: state.global_position };
      const tree = await loadTree(sql, Number(state.size));
      this.frontier = tree.frontier;
      this.tiles = new TileBuilder(tree.edges);
      const rows = await sql.query<{ size: string; time: string }>(
        `SELECT size::text, time FROM log_checkpoints ORDER BY log_checkpoints.size DESC LIMIT 1`,
      );
      this.lastCheckpoint = rows[0] ? { size: Number(rows[0].size), signedAt: Date.parse(rows[0].time) } : undefined;
    }
    return sql;
  }

  private async state(sql: SqlTransaction): Promise<SignerState> {
    const rows = await sql.query<SignerState>(
      `SELECT size::text, transaction_id::text, global_position::text, entries_published::text,
              checkpoints_published::text FROM log_signer`,
    );
    if (!rows[0]) throw new Error('log_signer has no row: run the migrations');
    return rows[0];
  }

  /**
   * Hashes the next batch of committed events into the tree; returns how many. When the entries are copied, they are
   * read in the same statement: reading them again from the tree to send them cost PostgreSQL as much again.
   */
  private async extendTree(sql: SqlTransaction): Promise<number> {
    const { position, frontier, tiles } = this;
    if (!position || !frontier || !tiles) throw new Error('log signer has no position');
    const firstIndex = frontier.size;
    const withEntries = this.options.logTopic
      ? await readLogEntries(sql, this.options.log, position, firstIndex, this.batchSize)
      : undefined;
    const rows = withEntries ?? (await readLogLeaves(sql, position, this.batchSize));
    const last = rows.at(-1);
    if (!last) return 0;
    const starts: Array<{ index: number; position: Checkpoint }> = [];
    for (const row of rows) {
      if (frontier.size % TILE_WIDTH === 0) {
        starts.push({
          index: frontier.size / TILE_WIDTH,
          position: { transactionId: row.transaction_id, globalPosition: row.global_position },
        });
      }
      for (const node of frontier.append(leafHash(row.hash))) tiles.add(node);
    }
    const next = { transactionId: last.transaction_id, globalPosition: last.global_position };
    await sql.query('BEGIN');
    try {
      await storeTiles(sql, tiles.take(), starts);
      await sql.query(
        `UPDATE log_signer SET size = $1, transaction_id = $2::xid8, global_position = $3::bigint, updated_at = now()`,
        [frontier.size, next.transactionId, next.globalPosition],
      );
      await sql.query('COMMIT');
    } catch (error) {
      await sql.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    this.position = next;
    if (withEntries) this.unsent = { from: firstIndex, entries: withEntries.map((row) => row.entry) };
    return rows.length;
  }

  private async checkpointIfDue(sql: SqlTransaction): Promise<void> {
    const frontier = this.frontier;
    if (!frontier || frontier.size === 0) return;
    const last = this.lastCheckpoint;
    // Never a head smaller than the last one signed: a tree grown again from the first event is a rollback to a witness.
    if (last && frontier.size <= last.size) return;
    const due =
      !last ||
      frontier.size - last.size >= this.options.checkpointEvery ||
      Date.now() - last.signedAt >= this.options.checkpointIntervalMs;
    if (!due) return;
    const signed = signCheckpoint(
      {
        log: this.options.log,
        size: frontier.size,
        root: frontier.root().toString('hex'),
        time: new Date().toISOString(),
      },
      this.options.signingKey,
    );
    const consistency = last
      ? { fromSize: last.size, proof: await consistencyProof(sql, last.size, frontier.size) }
      : null;
    await sql.query(
      `INSERT INTO log_checkpoints (size, root, time, key_id, signature, consistency) VALUES ($1, $2, $3, $4, $5, $6)`,
      [signed.size, signed.root, signed.time, signed.keyId, signed.signature, consistency],
    );
    this.lastCheckpoint = { size: signed.size, signedAt: Date.parse(signed.time) };
  }

  /**
   * Sends the entries in the tree that Kafka has not acknowledged yet, before any checkpoint covering them: the batch
   * just read when it is next, else (after a failure) read again from the tree.
   */
  private async publishEntries(sql: SqlTransaction): Promise<void> {
    const { logTopic } = this.options;
    const unsent = this.unsent;
    this.unsent = undefined;
    if (!logTopic) return;
    const state = await this.state(sql);
    const size = Number(state.size);
    let published = Number(state.entries_published);
    while (published < size) {
      const entries =
        unsent?.from === published
          ? unsent.entries
          : await readTreeEntries(sql, this.options.log, published, Math.min(size, published + this.batchSize));
      if (entries.length === 0) throw new Error(`the log tree has no entry at index ${published}`);
      await this.send(
        logTopic,
        inGroups(entries, ENTRIES_MESSAGE_BYTES).map((lines) => lines.join('\n')),
      );
      published += entries.length;
      await sql.query(`UPDATE log_signer SET entries_published = $1`, [published]);
    }
  }

  /** Sends the checkpoints Kafka has not acknowledged yet. */
  private async publishCheckpoints(sql: SqlTransaction): Promise<void> {
    const state = await this.state(sql);
    const rows = await sql.query<CheckpointRow>(
      `SELECT size::text, root, time, key_id, signature, consistency FROM log_checkpoints
        WHERE size > $1 ORDER BY log_checkpoints.size`,
      [state.checkpoints_published],
    );
    const last = rows.at(-1);
    if (!last) return;
    await this.send(
      this.options.checkpointTopic,
      rows.map((row) => JSON.stringify(checkpointOf(this.options.log, row))),
    );
    await sql.query(`UPDATE log_signer SET checkpoints_published = $1`, [last.size]);
  }

  /** In order, in requests under the broker's message limit; one partition per topic, so its order is the log's. */
  private async send(topic: string, values: readonly string[]): Promise<void> {
    this.producer ??= await connectProducer(this.options.kafka);
    for (const request of inGroups(values, MAX_REQUEST_BYTES)) {
      const messages = request.map((text) => ({ key: this.options.log, value: text }));
      await this.producer.send({ topic, acks: -1, messages });
    }
  }

  private async releaseConnection(): Promise<void> {
    const { runner, client } = this;
    this.runner = undefined;
    this.client = undefined;
    this.position = undefined;
    this.unsent = undefined;
    const wasLeader = this.leader;
    this.leader = false;
    if (!runner) return;
    // The pool keeps the connection: leave no lock or setting on it.
    if (wasLeader) {
      await client?.query(`RESET synchronous_commit; SELECT pg_advisory_unlock(${LOCK_KEY})`).catch(() => undefined);
    }
    await runner.release().catch(() => undefined);
  }
}
