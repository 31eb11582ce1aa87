import { EVENT_HEADERS, ServiceName, topicOf } from '@muster/contracts';
import { COMMITTED_BARRIER, Checkpoint } from '@muster/event-store';
import { IHeaders, Kafka, Message, Producer } from 'kafkajs';
import type { PoolClient } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { envelopeSql } from './envelope-sql';
import { MessagingLogger, errorMessage, stderrLogger } from './logger';
import { connectProducer } from './topics';
import { Wakeup, backoffMs } from './wakeup';

export interface OutboxRelayOptions {
  readonly dataSource: DataSource;
  readonly kafka: Kafka;
  /** The service whose events this database records: the envelope's `source`, and its topic by default. */
  readonly source: ServiceName;
  /** The service's own topic unless overridden (isolated tests, environments sharing a cluster). */
  readonly topic?: string;
  /** Stream types kept in the store but never published (audit trails): the relay passes over their events. */
  readonly unpublishedStreamTypes?: readonly string[];
  readonly logger?: MessagingLogger;
  /** Events read per round; they are sent in requests of at most maxMessageBytes. */
  readonly batchSize?: number;
  /**
   * The longest sleep between reads when nothing wakes the relay (appends by other instances, events held behind an
   * open transaction); also how often a standby tries for the lock. Idle polls back off from pollMinMs up to it.
   */
  readonly pollIntervalMs?: number;
  readonly pollMinMs?: number;
  /**
   * A standby told of its own appends tells the leader with a NOTIFY, at most once this often (default 25 ms): sent
   * after the append committed, never inside it, so appends keep committing together.
   */
  readonly wakeLeaderEveryMs?: number;
  /**
   * Wakes within this long of the last read are served together by the next one: under a stream of appends the relay
   * reads (and commits its checkpoint) at most this often rather than once per append.
   */
  readonly coalesceMs?: number;
  /** Backoff after a failure: doubles from base up to max, and repeats forever. */
  readonly retryBaseMs?: number;
  readonly retryMaxMs?: number;
  /** The largest message the broker accepts (its message.max.bytes, less room for the batch's framing). */
  readonly maxMessageBytes?: number;
}

// A type, not an interface: it goes as is into health-check details, which want a plain record.
export type OutboxLag = {
  /** Committed events to publish that the broker has not acknowledged yet. */
  readonly pending: number;
  readonly oldestAgeSeconds: number;
  /** Events set aside because the broker can never take them: each one needs an operator. */
  readonly quarantined: number;
  /**
   * Age of the oldest open transaction writing to this database: nothing committed after it started is published
   * until it ends (idle_in_transaction_session_timeout bounds a stuck one).
   */
  readonly oldestTransactionAgeSeconds: number;
};

/** Told what the relay did, for metrics. */
export interface RelayObserver {
  published?(topic: string, count: number): void;
  failed?(count: number, error: unknown): void;
  quarantined?(count: number): void;
}

interface EventRow {
  transaction_id: string;
  global_position: string;
  id: string;
  stream_id: string;
  type: string;
  correlation_id: string | null;
  /** The envelope's JSON text, sent as is; null for an event of an unpublished stream type. */
  value: string | null;
}

type PublishedRow = EventRow & { value: string };

/** One relay per schema holds this session lock, so two service instances never interleave the same topic. */
const LOCK_KEY = `hashtext(current_schema() || '.muster_outbox_relay')`;
/** Where standbys wake the leader (NOTIFY reaches the sessions of the same database only). */
const WAKE_CHANNEL = 'muster_outbox_relay';

/**
 * The events table is the outbox: this relay is a catch-up subscriber of it. It reads the events past its
 * checkpoint in commit-safe order — below the commit barrier of readAll, barrier and rows in one statement, so an
 * event whose transaction commits late is never passed over — sends them (acks from all in-sync replicas, idempotent
 * producer, key = stream id), and only then moves its checkpoint. A crash in between sends them again (consumers
 * deduplicate by event id). Kafka or PostgreSQL being down only delays it: the loop retries forever with backoff,
 * always from the checkpoint. It wakes when told of a local append (`wake`), and otherwise polls, backing off while
 * idle.
 */
export class OutboxRelay {
  /** Where it publishes: the service's topic unless the options named another. */
  readonly topic: string;
  /** The stream types whose events it passes over (kept in the store, never published). */
  readonly unpublishedStreamTypes: readonly string[];
  private readonly logger: MessagingLogger;
  private readonly batchSize: number;
  private readonly pollMinMs: number;
  private readonly pollIntervalMs: number;
  private readonly coalesceMs: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly maxMessageBytes: number;
  private readonly wakeLeaderEveryMs: number;
  private readonly wakeup = new Wakeup();
  private readonly woken = (): void => this.wakeup.wake();
  /** The next NOTIFY to the leader, while one is due; when the last one went. */
  private leaderWake: NodeJS.Timeout | undefined;
  private leaderWokenAt = 0;
  /** Cuts a backoff short on stop() only: an append must not hurry a retry against a broker that is down. */
  private stopping = new Wakeup();
  private readonly observers: RelayObserver[] = [];
  private running = false;
  private loop: Promise<void> | undefined;
  private runner: QueryRunner | undefined;
  private client: PoolClient | undefined;
  private leader = false;
  /** Where the leader stands: read when it takes the lock, moved after each acknowledged batch. */
  private checkpoint: Checkpoint | undefined;
  /** The batch after `after`, read while the previous one was being sent. */
  private prefetched: { readonly after: Checkpoint; readonly rows: Promise<EventRow[]> } | undefined;
  private producer: Producer | undefined;

  constructor(private readonly options: OutboxRelayOptions) {
    this.logger = options.logger ?? stderrLogger;
    this.topic = options.topic ?? topicOf(options.source);
    this.unpublishedStreamTypes = [...(options.unpublishedStreamTypes ?? [])];
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.pollMinMs = Math.min(options.pollMinMs ?? 25, this.pollIntervalMs);
    this.coalesceMs = options.coalesceMs ?? 20;
    this.retryBaseMs = options.retryBaseMs ?? 250;
    this.retryMaxMs = options.retryMaxMs ?? 10_000;
    // Kafka's default message.max.bytes is 1,048,588.
    this.maxMessageBytes = options.maxMessageBytes ?? 1_000_000;
    this.wakeLeaderEveryMs = options.wakeLeaderEveryMs ?? 25;
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
    clearTimeout(this.leaderWake);
    this.leaderWake = undefined;
    this.wakeup.wake();
    this.stopping.wake();
    await this.loop;
    this.loop = undefined;
    await this.disconnectProducer();
    await this.releaseConnection();
  }

  /**
   * New events were committed (by this process): the leader reads now rather than at its next poll; a standby tells
   * the leader, wherever it runs.
   */
  wake(): void {
    if (this.leader || !this.client) this.wakeup.wake();
    else this.wakeLeader();
  }

  private wakeLeader(): void {
    if (this.leaderWake || !this.running) return;
    const due = Math.max(0, this.leaderWokenAt + this.wakeLeaderEveryMs - Date.now());
    this.leaderWake = setTimeout(() => {
      this.leaderWake = undefined;
      this.leaderWokenAt = Date.now();
      // Lost only if this connection broke: the leader's poll still finds the events.
      void this.client?.query(`NOTIFY ${WAKE_CHANNEL}`).catch(() => undefined);
    }, due);
  }

  /** Whether this instance holds the relay lock (the others stand by). */
  isLeader(): boolean {
    return this.leader;
  }

  observe(observer: RelayObserver): void {
    this.observers.push(observer);
  }

  /** Unpublished backlog, from any instance (leader or not): the numbers to alert on. */
  async lag(): Promise<OutboxLag> {
    const [row] = (await this.options.dataSource.query(
      `WITH behind AS (
         SELECT e.recorded_at FROM events e, relay_checkpoint c
          WHERE (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)
            AND NOT (e.stream_type = ANY ($1::text[])))
       SELECT (SELECT count(*)::int FROM behind) AS pending,
              (SELECT greatest(0, EXTRACT(EPOCH FROM now() - min(recorded_at)))::float8 FROM behind) AS oldest,
              (SELECT count(*)::int FROM relay_quarantine) AS quarantined,
              (SELECT greatest(0, EXTRACT(EPOCH FROM now() - min(xact_start)))::float8 FROM pg_stat_activity
                WHERE datname = current_database() AND backend_xid IS NOT NULL) AS oldest_transaction`,
      [this.unpublishedStreamTypes],
    )) as { pending: number; oldest: number | null; quarantined: number; oldest_transaction: number | null }[];
    return {
      pending: row?.pending ?? 0,
      oldestAgeSeconds: row?.oldest ?? 0,
      quarantined: row?.quarantined ?? 0,
      oldestTransactionAgeSeconds: row?.oldest_transaction ?? 0,
    };
  }

  private async run(): Promise<void> {
    let failures = 0;
    let idlePolls = 0;
    while (this.running) {
      try {
        if (!(await this.ensureLeadership())) {
          await this.wakeup.wait(this.pollIntervalMs);
          continue;
        }
        const read = await this.publishBatch();
        failures = 0;
        if (read === this.batchSize) continue; // more may be waiting
        idlePolls = read > 0 ? 0 : idlePolls + 1;
        const readAt = Date.now();
        await this.wakeup.wait(backoffMs(idlePolls, this.pollMinMs, this.pollIntervalMs));
        const early = this.coalesceMs - (Date.now() - readAt);
        if (early > 0 && this.running) await this.stopping.wait(early);
      } catch (error) {
        failures += 1;
        const delay = backoffMs(failures, this.retryBaseMs, this.retryMaxMs);
        this.logger.warn(`outbox relay: ${errorMessage(error)}; retrying in ${delay} ms (failure ${failures})`);
        this.prefetched = undefined;
        // A fresh producer next time: kafkajs' idempotent producer may be left in a state it cannot recover from.
        await this.disconnectProducer();
        await this.dropConnectionIfBroken();
        if (this.running) await this.stopping.wait(delay);
      }
    }
  }

  /** A dedicated connection holds the lock; if it breaks, the lock goes with it and we start over. */
  private async ensureLeadership(): Promise<boolean> {
    if (!this.client) {
      this.runner = this.options.dataSource.createQueryRunner();
      this.client = (await this.runner.connect()) as PoolClient;
    }
    // Asked once per connection: the lock is re-entrant, and each extra grant would need an unlock of its own.
    if (!this.leader) {
      const { rows } = await this.client.query<{ locked: boolean }>(
        `SELECT pg_try_advisory_lock(${LOCK_KEY}) AS locked`,
      );
      this.leader = rows[0]?.locked === true;
      if (!this.leader) return false;
      this.client.on('notification', this.woken);
      await this.client.query(`LISTEN ${WAKE_CHANNEL}`);
      this.logger.log('outbox relay: holding the relay lock, publishing');
    }
    if (!this.checkpoint) {
      // A checkpoint lost in a crash only means sending again (consumers deduplicate), so its commits need not wait
      // for the disk: an fsync per batch would otherwise cost the appends as much as their own.
      await this.client.query(`SET synchronous_commit = off`);
      // The previous leader may have moved it: read only once no one else can.
      this.checkpoint = await readCheckpoint(this.client);
    }
    return true;
  }

  /** One round: returns how many events it read (published, passed over or quarantined). */
  private async publishBatch(): Promise<number> {
    const { client, checkpoint } = this;
    if (!client || !checkpoint) throw new Error('relay connection lost');
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    const rows = await (prefetched?.after === checkpoint ? prefetched.rows : this.readAfter(client, checkpoint));
    const last = rows.at(-1);
    if (!last) return 0;
    const next = { transactionId: last.transaction_id, globalPosition: last.global_position };
    // A full batch: more is waiting, so PostgreSQL reads the next one while the broker takes this one. Used only if
    // this one is acknowledged and checkpointed (then `after` is the checkpoint); dropped on any failure.
    if (rows.length === this.batchSize) {
      const ahead = this.readAfter(client, next);
      ahead.catch(() => undefined); // its failure surfaces when it is used
      this.prefetched = { after: next, rows: ahead };
    }
    const published = rows.filter((row): row is PublishedRow => row.value !== null);
    const sendable = await this.quarantineOversized(client, published);
    if (sendable.length > 0) {
      try {
        await this.send(sendable);
      } catch (error) {
        for (const observer of this.observers) observer.failed?.(sendable.length, error);
        throw error;
      }
    }
    // Only now, acknowledged: if this fails (or we die here), the checkpoint stays and the batch goes out again.
    await client.query(
      `UPDATE relay_checkpoint SET transaction_id = $1::xid8, global_position = $2::bigint, updated_at = now()`,
      [next.transactionId, next.globalPosition],
    );
    this.checkpoint = next;
    if (sendable.length > 0) for (const observer of this.observers) observer.published?.(this.topic, sendable.length);
    return rows.length;
  }

  /** The next batch in commit-safe order: barrier and rows in ONE statement (COMMITTED_BARRIER says why). */
  private async readAfter(client: PoolClient, after: Checkpoint): Promise<EventRow[]> {
    const { rows } = await client.query<EventRow>(
      `WITH ${COMMITTED_BARRIER}
       SELECT e.transaction_id::text AS transaction_id, e.global_position::text AS global_position, e.id,
              e.stream_id, e.type, e.metadata ->> 'correlationId' AS correlation_id,
              CASE WHEN e.stream_type = ANY ($4::text[]) THEN NULL ELSE ${envelopeSql('$5')} END AS value
         FROM events e, barrier
        WHERE e.transaction_id < barrier.xid
          AND (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
        ORDER BY e.transaction_id, e.global_position
        LIMIT $3`,
      [after.transactionId, after.globalPosition, this.batchSize, this.unpublishedStreamTypes, this.options.source],
    );
    return rows;
  }

  /**
   * Requests of at most maxMessageBytes each, one after another: the broker's limit applies to a partition's batch,
   * and waiting for each ack keeps every stream's order, as kafkajs keeps the order given within a partition.
   */
  private async send(rows: readonly PublishedRow[]): Promise<void> {
    this.producer ??= await connectProducer(this.options.kafka);
    let chunk: Message[] = [];
    let bytes = 0;
    for (const row of rows) {
      const size = messageBytes(row);
      if (chunk.length > 0 && bytes + size > this.maxMessageBytes) {
        await this.producer.sendBatch({ acks: -1, topicMessages: [{ topic: this.topic, messages: chunk }] });
        chunk = [];
        bytes = 0;
      }
      chunk.push({ key: row.stream_id, value: row.value, headers: headersOf(row) });
      bytes += size;
    }
    await this.producer.sendBatch({ acks: -1, topicMessages: [{ topic: this.topic, messages: chunk }] });
  }

  /**
   * Sets aside the events no broker request could carry, so that they cannot stall the events behind them; returns
   * the others. Recorded before anything is sent, and idempotently, since a failed send reads them again.
   */
  private async quarantineOversized(client: PoolClient, rows: PublishedRow[]): Promise<PublishedRow[]> {
    const oversized = rows.filter((row) => messageBytes(row) > this.maxMessageBytes);
    if (oversized.length === 0) return rows;
    const reason = `larger than the broker's message limit (${this.maxMessageBytes} bytes)`;
    const { rowCount } = await client.query(
      `INSERT INTO relay_quarantine (event_id, stream_id, global_position, reason)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::bigint[], array_fill($4::text, ARRAY[$5::int]))
       ON CONFLICT (event_id) DO NOTHING`,
      [
        oversized.map((row) => row.id),
        oversized.map((row) => row.stream_id),
        oversized.map((row) => row.global_position),
        reason,
        oversized.length,
      ],
    );
    if ((rowCount ?? 0) > 0) {
      for (const row of oversized) {
        this.logger.error(
          `outbox relay: quarantined event ${row.id} of ${row.stream_id} ` +
            `(${messageBytes(row)} bytes, over the ${this.maxMessageBytes}-byte limit); the rest goes on`,
        );
      }
      for (const observer of this.observers) observer.quarantined?.(rowCount ?? 0);
    }
    return rows.filter((row) => messageBytes(row) <= this.maxMessageBytes);
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
    this.checkpoint = undefined;
    const wasLeader = this.leader;
    this.leader = false;
    if (!runner) return;
    // The pool keeps the connection: leave no lock or setting behind on it.
    if (client && wasLeader) {
      client.off('notification', this.woken);
      await client
        .query(`UNLISTEN ${WAKE_CHANNEL}; RESET synchronous_commit; SELECT pg_advisory_unlock(${LOCK_KEY})`)
        .catch(() => undefined);
    }
    await runner.release().catch(() => undefined);
  }
}

async function readCheckpoint(client: PoolClient): Promise<Checkpoint> {
  const { rows } = await client.query<{ transaction_id: string; global_position: string }>(
    `SELECT transaction_id::text, global_position::text FROM relay_checkpoint`,
  );
  const [at] = rows;
  if (!at) throw new Error('relay_checkpoint has no row: run the messaging migrations');
  return { transactionId: at.transaction_id, globalPosition: at.global_position };
}

/** The contract headers (EVENT_HEADERS), so consumers can route and trace without parsing the value. */
function headersOf(row: EventRow): IHeaders {
  return {
    [EVENT_HEADERS.eventId]: row.id,
    [EVENT_HEADERS.eventType]: row.type,
    ...(row.correlation_id === null ? {} : { [EVENT_HEADERS.correlationId]: row.correlation_id }),
  };
}

function messageBytes(row: PublishedRow): number {
  const headers = Object.entries(headersOf(row)).reduce((sum, [k, v]) => sum + k.length + String(v).length, 0);
  return Buffer.byteLength(row.value) + Buffer.byteLength(row.stream_id) + headers;
}
