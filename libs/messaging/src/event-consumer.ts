import { EventEnvelope, deadLetterTopicOf } from '@muster/contracts';
import { inTransaction, SqlTransaction } from '@muster/event-store';
import { Consumer, EachMessagePayload, IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { MessagingLogger, errorMessage, stderrLogger } from './logger';
import { connectProducer } from './topics';
import { backoffMs } from './wakeup';

/** Runs in the same PostgreSQL transaction as the inbox insert: its writes commit exactly once per event. */
export type EventHandler = (envelope: EventEnvelope, tx: SqlTransaction) => Promise<void>;

export interface EventConsumerOptions {
  readonly dataSource: DataSource;
  readonly kafka: Kafka;
  readonly groupId: string;
  readonly topics: readonly string[];
  /** By event type. Types without a handler are recorded in the inbox as skipped. */
  readonly handlers: Readonly<Record<string, EventHandler>>;
  /** Handler attempts before the message is dead-lettered (default 5). */
  readonly maxAttempts?: number;
  /** First retry delay, doubled each time up to maxBackoffMs (defaults 200 / 5000). */
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  /** A new group reads the topics from their start (default), so a new read model sees all history still retained. */
  readonly fromBeginning?: boolean;
  readonly logger?: MessagingLogger;
}

/** Headers a dead letter carries besides the original ones: enough to find, understand and replay it. */
export const DEAD_LETTER_HEADERS = {
  error: 'muster-dlq-error',
  topic: 'muster-dlq-original-topic',
  partition: 'muster-dlq-original-partition',
  offset: 'muster-dlq-original-offset',
  attempts: 'muster-dlq-attempts',
  consumerGroup: 'muster-dlq-consumer-group',
  failedAt: 'muster-dlq-failed-at',
} as const;

export type ConsumerState = 'stopped' | 'starting' | 'running' | 'restarting';

export interface ConsumerHealth {
  /** False while not consuming: readiness should fail rather than serve a silently stale read model. */
  readonly healthy: boolean;
  readonly state: ConsumerState;
  readonly restarts: number;
  readonly lastError: string | null;
  readonly lastCrashAt: string | null;
}

export type HandleOutcome = 'handled' | 'duplicate' | 'skipped';

/** Told what the consumer did, for metrics. */
export interface ConsumerObserver {
  handled?(outcome: HandleOutcome, topic: string, type: string): void;
  deadLettered?(topic: string, type: string): void;
  crashed?(error: unknown): void;
}

/** The handler itself threw: worth retrying, then dead-lettering. Other failures (PostgreSQL, Kafka) are not. */
class HandlerFailed extends Error {
  constructor(readonly original: unknown) {
    super(errorMessage(original));
  }
}

class Stopping extends Error {
  constructor() {
    super('consumer is stopping; the message stays uncommitted and will be redelivered');
  }
}

/**
 * Kafka → inbox → handler, one PostgreSQL transaction per message. Redeliveries are no-ops (the inbox row already
 * exists), a failing handler is retried with bounded backoff and then dead-lettered so the partition moves on, and a
 * crashed kafkajs consumer is restarted here (kafkajs' own restart is off) so health() always tells the truth.
 */
export class EventConsumer {
  readonly groupId: string;
  private readonly logger: MessagingLogger;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly observers: ConsumerObserver[] = [];
  private consumer: Consumer | undefined;
  private producer: Producer | undefined;
  private running = false;
  private state: ConsumerState = 'stopped';
  private restarts = 0;
  private lastError: string | null = null;
  private lastCrashAt: string | null = null;
  private restartTimer: NodeJS.Timeout | undefined;
  private failedLaunches = 0;
  private launching: Promise<void> | undefined;

  constructor(private readonly options: EventConsumerOptions) {
    this.groupId = options.groupId;
    this.logger = options.logger ?? stderrLogger;
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 5);
    this.backoffMs = options.backoffMs ?? 200;
    this.maxBackoffMs = options.maxBackoffMs ?? 5000;
  }

  /** Resolves once the group is joined, or after a failed first attempt (then it keeps trying in the background). */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.launching = this.launch();
    await this.launching;
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.restartTimer);
    // A launch in flight sees `running` false at its next step and stops there; then its consumer is ours to close.
    await this.launching;
    const { consumer, producer } = this;
    this.consumer = undefined;
    this.producer = undefined;
    await consumer?.disconnect().catch(() => undefined);
    await producer?.disconnect().catch(() => undefined);
    this.state = 'stopped';
  }

  health(): ConsumerHealth {
    return {
      healthy: this.state === 'running',
      state: this.state,
      restarts: this.restarts,
      lastError: this.lastError,
      lastCrashAt: this.lastCrashAt,
    };
  }

  observe(observer: ConsumerObserver): void {
    this.observers.push(observer);
  }

  private async launch(): Promise<void> {
    if (!this.running) return;
    this.state = this.restarts > 0 || this.failedLaunches > 0 ? 'restarting' : 'starting';
    const { kafka, groupId, topics } = this.options;
    const consumer = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      // Every crash comes to onCrash below, so restarts are ours to count, pace and report.
      retry: { restartOnFailure: async () => false },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      if (this.consumer === consumer) this.state = 'running';
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (this.consumer === consumer) this.onCrash(payload.error);
    });
    try {
      // stop() may have run while this launch waited: then it must not join the group or keep a producer.
      if (this.superseded(consumer)) return;
      this.producer ??= await connectProducer(kafka);
      await consumer.connect();
      if (this.superseded(consumer)) return;
      await consumer.subscribe({ topics: [...topics], fromBeginning: this.options.fromBeginning ?? true });
      await consumer.run({ eachMessage: (payload) => this.onMessage(payload) });
      this.failedLaunches = 0;
    } catch (error) {
      this.failedLaunches += 1;
      this.lastError = errorMessage(error);
      await consumer.disconnect().catch(() => undefined);
      this.scheduleRestart(`could not start: ${this.lastError}`, this.failedLaunches);
    }
  }

  private superseded(consumer: Consumer): boolean {
    return !this.running || this.consumer !== consumer;
  }

  private onCrash(error: Error): void {
    this.lastError = errorMessage(error);
    this.lastCrashAt = new Date().toISOString();
    for (const observer of this.observers) observer.crashed?.(error);
    this.restarts += 1;
    this.scheduleRestart(`crashed: ${this.lastError}`, this.restarts);
  }

  private scheduleRestart(reason: string, failures: number): void {
    if (!this.running) return;
    this.state = 'restarting';
    const delay = backoffMs(failures, 500, 30_000);
    this.logger.error(`consumer ${this.groupId} ${reason}; restarting in ${delay} ms`);
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => (this.launching = this.launch()), delay);
  }

  private async onMessage({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    const envelope = parseEnvelope(message);
    if (typeof envelope === 'string') {
      // Unreadable: retrying cannot help, and it must not block the partition.
      await this.deadLetter(topic, partition, message, `unreadable message: ${envelope}`, 0, 'unknown');
      return;
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        const outcome = await this.handle(topic, partition, message.offset, envelope);
        if (outcome === 'skipped') this.logger.debug?.(`consumer ${this.groupId}: no handler for ${envelope.type}`);
        for (const observer of this.observers) observer.handled?.(outcome, topic, envelope.type);
        return;
      } catch (error) {
        if (!(error instanceof HandlerFailed)) throw error;
        if (attempt >= this.maxAttempts) {
          await this.deadLetter(topic, partition, message, error.message, attempt, envelope.type);
          return;
        }
        const delay = backoffMs(attempt, this.backoffMs, this.maxBackoffMs);
        this.logger.warn(
          `consumer ${this.groupId}: ${envelope.type} ${envelope.id} failed (attempt ${attempt}/${this.maxAttempts}): ` +
            `${error.message}; retrying in ${delay} ms`,
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (!this.running) throw new Stopping();
        await heartbeat();
      }
    }
  }

  /** The inbox row and the handler's writes commit together: a redelivered event finds its row and does nothing. */
  private async handle(
    topic: string,
    partition: number,
    offset: string,
    envelope: EventEnvelope,
  ): Promise<HandleOutcome> {
    const { handlers } = this.options;
    // Own properties only: an event typed "constructor" must not find Object's.
    const handler = Object.hasOwn(handlers, envelope.type) ? handlers[envelope.type] : undefined;
    return inTransaction(this.options.dataSource, async (tx) => {
      const inserted = await tx.query(
        `INSERT INTO inbox (consumer_group, event_id, event_type, topic, "partition", "offset", outcome)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.groupId, envelope.id, envelope.type, topic, partition, offset, handler ? 'handled' : 'skipped'],
      );
      if (inserted.length === 0) return 'duplicate';
      if (!handler) return 'skipped';
      try {
        await handler(envelope, tx);
      } catch (error) {
        throw new HandlerFailed(error);
      }
      return 'handled';
    });
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    error: string,
    attempts: number,
    type: string,
  ): Promise<void> {
    const producer = this.producer;
    if (!producer) throw new Error('dead-letter producer not connected');
    const headers: IHeaders = {
      ...message.headers,
      [DEAD_LETTER_HEADERS.error]: error.slice(0, 2000),
      [DEAD_LETTER_HEADERS.topic]: topic,
      [DEAD_LETTER_HEADERS.partition]: String(partition),
      [DEAD_LETTER_HEADERS.offset]: message.offset,
      [DEAD_LETTER_HEADERS.attempts]: String(attempts),
      [DEAD_LETTER_HEADERS.consumerGroup]: this.groupId,
      [DEAD_LETTER_HEADERS.failedAt]: new Date().toISOString(),
    };
    // If this send fails the error propagates: the offset is not committed and the message comes back.
    await producer.send({
      topic: deadLetterTopicOf(topic),
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    });
    this.logger.error(`consumer ${this.groupId}: dead-lettered ${topic}[${partition}]@${message.offset}: ${error}`);
    for (const observer of this.observers) observer.deadLettered?.(topic, type);
  }
}

// Event types are PascalCase names; anything else (control characters, megabytes) cannot be a Muster event.
const EVENT_TYPE = /^[A-Za-z][A-Za-z0-9.]{0,99}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The envelope, or why it is not one. Only what the consumer relies on is checked: id and type. */
function parseEnvelope(message: KafkaMessage): EventEnvelope | string {
  if (!message.value) return 'empty value';
  let value: unknown;
  try {
    value = JSON.parse(message.value.toString('utf8'));
  } catch (error) {
    return `not JSON (${errorMessage(error)})`;
  }
  if (typeof value !== 'object' || value === null) return 'not an object';
  const { id, type } = value as { id?: unknown; type?: unknown };
  if (typeof id !== 'string' || !UUID.test(id)) return 'no uuid id';
  if (typeof type !== 'string' || type === '') return 'no type';
  if (!EVENT_TYPE.test(type)) return 'malformed type';
  return value as EventEnvelope;
}
