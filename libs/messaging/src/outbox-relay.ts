import { IHeaders, Kafka, Message, Producer } from 'kafkajs';
import type { Notification, PoolClient } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { MessagingLogger, errorMessage, stderrLogger } from './logger';
import { OUTBOX_CHANNEL } from './outbox';
import { connectProducer, ensureTopics } from './topics';
import { Wakeup, backoffMs } from './wakeup';

export interface OutboxRelayOptions {
  readonly dataSource: DataSource;
  readonly kafka: Kafka;
  readonly logger?: MessagingLogger;
  /** Rows per Kafka request. */
  readonly batchSize?: number;
  /** Fallback when a NOTIFY is missed (e.g. while reconnecting); also how often a standby tries for the lock. */
  readonly pollIntervalMs?: number;
  /** Backoff after a failure: doubles from base up to max, and repeats forever. */
  readonly retryBaseMs?: number;
  readonly retryMaxMs?: number;
  /** The largest message the broker accepts (its message.max.bytes, less room for the batch's framing). */
  readonly maxMessageBytes?: number;
}

// A type, not an interface: it goes as is into health-check details, which want a plain record.
export type OutboxLag = {
  readonly pending: number;
  readonly oldestAgeSeconds: number;
  /** Rows set aside because the broker can never take them: each one needs an operator. */
  readonly quarantined: number;
};

/** Told what the relay did, for metrics. */
export interface RelayObserver {
  published?(topic: string, count: number): void;
  failed?(count: number, error: unknown): void;
  quarantined?(count: number): void;
}

interface OutboxRow {
  position: string;
  topic: string;
  message_key: string;
  /** The envelope's JSON text, sent as is. */
  value: string;
  headers: Record<string, string>;
}

/** One relay per schema holds this session lock, so two service instances never interleave the same outbox. */
const LOCK_KEY = `hashtext(current_schema() || '.muster_outbox_relay')`;

/**
 * Publishes outbox rows to Kafka in position order, at least once: a row is marked published only after the broker
 * acknowledged it, so a crash in between republishes it (consumers deduplicate by event id). Kafka or PostgreSQL
 * being down only delays it: the loop retries forever with backoff, always from the oldest unpublished row.
 */
export class OutboxRelay {
  private readonly logger: MessagingLogger;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly maxMessageBytes: number;
  private readonly wakeup = new Wakeup();
  /** Cuts a backoff short on stop() only: a NOTIFY must not hurry a retry against a broker that is down. */
  private stopping = new Wakeup();
  private readonly observers: RelayObserver[] = [];
  private readonly knownTopics = new Set<string>();
  private running = false;
  private loop: Promise<void> | undefined;
  private runner: QueryRunner | undefined;
  private client: PoolClient | undefined;
  private leader = false;
  private readonly onNotification = (note: Notification): void => {
    if (note.channel === OUTBOX_CHANNEL) this.wakeup.wake();
  };
  private producer: Producer | undefined;

  constructor(private readonly options: OutboxRelayOptions) {
    this.logger = options.logger ?? stderrLogger;
    this.batchSize = options.batchSize ?? 100;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.retryBaseMs = options.retryBaseMs ?? 250;
    this.retryMaxMs = options.retryMaxMs ?? 10_000;
    // Kafka's default message.max.bytes is 1,048,588.
    this.maxMessageBytes = options.maxMessageBytes ?? 1_000_000;
  }

  /** Starts the background loop and returns at once: it keeps trying while PostgreSQL or Kafka are not there yet. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.stopping = new Wakeup();
    this.loop = this.run();
  }

  /** Finishes the batch in flight, then releases the lock, the connection and the producer. */
  async stop(): Promise<void> {
    this.running = false;
    this.wakeup.wake();
    this.stopping.wake();
    await this.loop;
    this.loop = undefined;
    await this.disconnectProducer();
    await this.releaseConnection();
  }

  /** Whether this instance holds the relay lock (the others stand by). */
  isLeader(): boolean {
    return this.leader;
  }

  observe(observer: RelayObserver): void {
    this.observers.push(observer);
  }

  /** Unpublished backlog, from any instance (leader or not): the number to alert on when Kafka is unreachable. */
  async lag(): Promise<OutboxLag> {
    const [row] = (await this.options.dataSource.query(
      `SELECT count(*) FILTER (WHERE quarantined_at IS NULL)::int AS pending,
              COALESCE(EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE quarantined_at IS NULL)), 0)::float8 AS oldest,
              count(*) FILTER (WHERE quarantined_at IS NOT NULL)::int AS quarantined
       FROM outbox WHERE published_at IS NULL`,
    )) as { pending: number; oldest: number; quarantined: number }[];
    return { pending: row?.pending ?? 0, oldestAgeSeconds: row?.oldest ?? 0, quarantined: row?.quarantined ?? 0 };
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        if (!(await this.ensureLeadership())) {
          await this.wakeup.wait(this.pollIntervalMs);
          continue;
        }
        const published = await this.publishBatch();
        failures = 0;
        // A full batch means more may be waiting; otherwise sleep until NOTIFY (or the poll, if one was missed).
        if (published < this.batchSize) await this.wakeup.wait(this.pollIntervalMs);
      } catch (error) {
        failures += 1;
        const delay = backoffMs(failures, this.retryBaseMs, this.retryMaxMs);
        this.logger.warn(`outbox relay: ${errorMessage(error)}; retrying in ${delay} ms (failure ${failures})`);
        // A fresh producer next time: kafkajs' idempotent producer may be left in a state it cannot recover from.
        await this.disconnectProducer();
        await this.dropConnectionIfBroken();
        if (this.running) await this.stopping.wait(delay);
      }
    }
  }

  /** A dedicated connection holds the lock and LISTENs; if it breaks, the lock goes with it and we start over. */
  private async ensureLeadership(): Promise<boolean> {
    if (this.client && this.leader) return true;
    if (!this.client) {
      this.runner = this.options.dataSource.createQueryRunner();
      const client = (await this.runner.connect()) as PoolClient;
      this.client = client;
      client.on('notification', this.onNotification);
    }
    const { rows } = await this.client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${LOCK_KEY}) AS locked`);
    this.leader = rows[0]?.locked === true;
    if (this.leader) {
      await this.client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.logger.log('outbox relay: holding the relay lock, publishing');
    }
    return this.leader;
  }

  private async publishBatch(): Promise<number> {
    const client = this.client;
    if (!client) throw new Error('relay connection lost');
    const { rows } = await client.query<OutboxRow>(
      `SELECT position, topic, message_key, value::text AS value, headers FROM outbox
       WHERE published_at IS NULL AND quarantined_at IS NULL ORDER BY position LIMIT $1`,
      [this.batchSize],
    );
    if (rows.length === 0) return 0;
    if (await this.quarantineOversized(client, rows)) return rows.length;
    const positions = rows.map((row) => row.position);
    try {
      const producer = await this.connectedProducer(rows.map((row) => row.topic));
      // One request, acks from all in-sync replicas; per partition, kafkajs keeps the order given.
      await producer.sendBatch({ acks: -1, topicMessages: byTopic(rows) });
    } catch (error) {
      await client
        .query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE position = ANY($1::bigint[])`, [
          positions,
          errorMessage(error).slice(0, 2000),
        ])
        .catch(() => undefined);
      for (const observer of this.observers) observer.failed?.(rows.length, error);
      throw error;
    }
    // Only now, acknowledged: if this fails (or we die here), the rows stay unpublished and go out again.
    await client.query(
      `UPDATE outbox SET published_at = now(), attempts = attempts + 1, last_error = NULL
       WHERE position = ANY($1::bigint[])`,
      [positions],
    );
    for (const [topic, count] of countByTopic(rows)) {
      for (const observer of this.observers) observer.published?.(topic, count);
    }
    return rows.length;
  }

  /**
   * Sets aside the rows no broker request could carry, so that they cannot stall the rows behind them; true when it
   * did (the batch is read again without them).
   */
  private async quarantineOversized(client: PoolClient, rows: OutboxRow[]): Promise<boolean> {
    const oversized = rows.filter((row) => messageBytes(row) > this.maxMessageBytes);
    if (oversized.length === 0) return false;
    await client.query(`UPDATE outbox SET quarantined_at = now(), last_error = $2 WHERE position = ANY($1::bigint[])`, [
      oversized.map((row) => row.position),
      `larger than the broker's message limit (${this.maxMessageBytes} bytes)`,
    ]);
    for (const row of oversized) {
      this.logger.error(
        `outbox relay: quarantined outbox row ${row.position} of ${row.message_key} ` +
          `(${messageBytes(row)} bytes, over the ${this.maxMessageBytes}-byte limit); the rest goes on`,
      );
    }
    for (const observer of this.observers) observer.quarantined?.(oversized.length);
    return true;
  }

  private async connectedProducer(topics: string[]): Promise<Producer> {
    const missing = topics.filter((topic) => !this.knownTopics.has(topic));
    if (missing.length > 0) {
      await ensureTopics(this.options.kafka, missing);
      missing.forEach((topic) => this.knownTopics.add(topic));
    }
    this.producer ??= await connectProducer(this.options.kafka);
    return this.producer;
  }

  private async disconnectProducer(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  /** After a failure: keep the lock if the connection still answers, else give it up and reconnect next time. */
  private async dropConnectionIfBroken(): Promise<void> {
    if (!this.client) return;
    const alive = await this.client.query('SELECT 1').then(
      () => true,
      () => false,
    );
    if (!alive) await this.releaseConnection();
  }

  private async releaseConnection(): Promise<void> {
    const { runner, client } = this;
    this.runner = undefined;
    this.client = undefined;
    const wasLeader = this.leader;
    this.leader = false;
    if (!runner) return;
    // The pool keeps the connection: leave no lock or LISTEN behind on it.
    if (client && wasLeader) {
      await client.query(`UNLISTEN *; SELECT pg_advisory_unlock(${LOCK_KEY})`).catch(() => undefined);
    }
    client?.off('notification', this.onNotification);
    await runner.release().catch(() => undefined);
  }
}

function byTopic(rows: OutboxRow[]): { topic: string; messages: Message[] }[] {
  const topics = new Map<string, Message[]>();
  for (const row of rows) {
    const messages = topics.get(row.topic) ?? [];
    messages.push({ key: row.message_key, value: row.value, headers: row.headers as IHeaders });
    topics.set(row.topic, messages);
  }
  return [...topics].map(([topic, messages]) => ({ topic, messages }));
}

function messageBytes(row: OutboxRow): number {
  const headers = Object.entries(row.headers).reduce((sum, [k, v]) => sum + k.length + String(v).length, 0);
  return Buffer.byteLength(row.value) + Buffer.byteLength(row.message_key) + headers;
}

function countByTopic(rows: OutboxRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.topic, (counts.get(row.topic) ?? 0) + 1);
  return counts;
}
