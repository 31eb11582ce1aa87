import { COSIGNATURE_TOPIC, SERVICES, ServiceName, checkpointTopicOf, logNameOf } from '@muster/contracts';
import { Cosignature, SignedCheckpoint, parseCheckpoints } from '@muster/log-proofs';
import { connectProducer } from '@muster/messaging';
import { Consumer, Kafka, Producer } from 'kafkajs';
import { errorMessage, Logger } from './logger';
import { Witness } from './witness';
import { WitnessStore } from './witness-store';

const serviceOfTopic = new Map<string, ServiceName>(SERVICES.map((service) => [checkpointTopicOf(service), service]));

/** The message's checkpoint, or why it is none. */
function checkpointFrom(value: Buffer | null): SignedCheckpoint | string {
  try {
    const [checkpoint, ...more] = parseCheckpoints(value?.toString('utf8') ?? '');
    return checkpoint && more.length === 0 ? checkpoint : 'not one checkpoint';
  } catch (error) {
    return errorMessage(error);
  }
}

/**
 * Follows every service's checkpoint topic from the beginning, one message at a time in topic order (one partition
 * per log), and publishes each countersignature after it is stored. The offset moves only after a message is
 * handled: a crash reads it again, which the witness answers as already countersigned.
 */
export class CheckpointFollower {
  private consumer: Consumer | undefined;
  private producer: Producer | undefined;
  /** Why the consumer stopped for good (kafkajs gave up restarting it); the health check reports it. */
  private failure: string | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly groupId: string,
    private readonly witness: Witness,
    private readonly store: WitnessStore,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.producer = await connectProducer(this.kafka);
    // Countersigned before a crash, never published: published now, before anything new.
    for (const cosignature of await this.store.unpublished()) await this.publish(cosignature);

    // A shorter session than kafkajs' 30 s: a witness that crashed hands its topics to its restart sooner.
    const consumer = this.kafka.consumer({
      groupId: this.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 10_000,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) this.failure = payload.error.message;
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [...serviceOfTopic.keys()], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, message }) => {
        const service = serviceOfTopic.get(topic);
        if (service) await this.handle(service, message.value, message.offset);
      },
    });
  }

  private async handle(service: ServiceName, value: Buffer | null, offset: string): Promise<void> {
    const checkpoint = checkpointFrom(value);
    if (typeof checkpoint === 'string') {
      const log = logNameOf(service);
      await this.store.raise({
        kind: 'forged-checkpoint',
        log,
        message: `the message at offset ${offset} of ${log}'s checkpoints is not a checkpoint: ${checkpoint}`,
        evidence: { offset, value: value?.toString('utf8').slice(0, 2000) ?? null },
        fingerprint: `malformed ${log} ${offset}`,
      });
      this.logger.warn({ log, offset }, 'malformed checkpoint');
      return;
    }
    const { log } = checkpoint;
    const verdict = await this.witness.observe(checkpoint, service);
    if (verdict.outcome === 'cosigned') await this.publish(verdict.cosignature);
    // Read again because its publication failed: published now.
    if (verdict.outcome === 'already-cosigned' && !verdict.accepted.published)
      await this.publish(verdict.accepted.cosignature);
    if (verdict.outcome === 'alert')
      this.logger.warn({ log, size: checkpoint.size, kind: verdict.alert.kind }, verdict.alert.message);
    else this.logger.info({ log, size: checkpoint.size, outcome: verdict.outcome }, 'checkpoint');
  }

  private async publish(cosignature: Cosignature): Promise<void> {
    if (!this.producer) throw new Error('the follower is not started');
    await this.producer.send({
      topic: COSIGNATURE_TOPIC,
      acks: -1,
      messages: [{ key: cosignature.log, value: JSON.stringify(cosignature) }],
    });
    await this.store.markPublished(cosignature.log, cosignature.size);
  }

  /** Undefined while it follows; otherwise what stopped it. */
  get stopped(): string | undefined {
    return this.failure;
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }
}
