import { randomBytes } from 'node:crypto';
import { COSIGNATURE_TOPIC, checkpointTopicOf, topicOf } from '@muster/contracts';
import { ConfigResourceTypes, Consumer, Kafka, KafkaConfig, logLevel } from 'kafkajs';
import { replicationFactorFromEnvironment, verifiableLogTopics } from './provision';
import { KafkaUser, kafkaPasswordsFromEnvironment, saslOf } from './users';

// Against the broker Jest's global setup started and provisioned: SASL/SCRAM users, ACLs, Muster's topics.
const brokers = (process.env['KAFKA_BROKERS'] ?? '').split(',');
const passwords = kafkaPasswordsFromEnvironment();
const suffix = randomBytes(4).toString('hex');

/**
 * kafkajs reports some refusals as something else (a group it may not use as "coordinator not found"); its debug log
 * keeps the broker's own error code, which the specs check.
 */
const brokerErrors = new Set<string>();

function client(sasl: KafkaConfig['sasl']): Kafka {
  return new Kafka({
    clientId: 'muster-access-spec',
    brokers,
    logLevel: logLevel.DEBUG,
    logCreator: () => (entry) => {
      const type = (entry.log['error'] as { type?: unknown } | undefined)?.type;
      if (typeof type === 'string') brokerErrors.add(type);
    },
    connectionTimeout: 3000,
    retry: { retries: 0 },
    ...(sasl ? { sasl } : {}),
  });
}

function as(user: KafkaUser): Kafka {
  if (!passwords) throw new Error('no Kafka users: run through Jest, whose global setup provides the broker');
  return client(saslOf(passwords, user));
}

async function produce(user: KafkaUser, topic: string, key: string): Promise<void> {
  const producer = as(user).producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    retry: { retries: 1 },
  });
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: [{ key, value: JSON.stringify({ key }) }] });
  } finally {
    await producer.disconnect();
  }
}

/** What a consumer got: the first message with the key, or the broker's refusal that stopped it. */
async function consume(user: KafkaUser, groupId: string, topic: string, key: string): Promise<string> {
  brokerErrors.clear();
  const outcome = await consumeOnce(user, groupId, topic, key);
  return outcome.startsWith('read ') ? outcome : ([...brokerErrors].find(refused) ?? outcome);
}

const refused = (type: string): boolean => type.endsWith('_AUTHORIZATION_FAILED');

async function consumeOnce(user: KafkaUser, groupId: string, topic: string, key: string): Promise<string> {
  const consumer: Consumer = as(user).consumer({
    groupId,
    allowAutoTopicCreation: false,
    retry: { retries: 0, restartOnFailure: async () => false },
  });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no message and no error within 30 s')), 30_000);
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        clearTimeout(timer);
        resolve(errorType(payload.error));
      });
      consumer
        .run({
          eachMessage: async ({ message }) => {
            if (String(message.key) !== key) return;
            clearTimeout(timer);
            resolve(`read ${key}`);
          },
        })
        .catch((error: unknown) => {
          clearTimeout(timer);
          resolve(errorType(error));
        });
    });
  } catch (error) {
    return errorType(error);
  } finally {
    await consumer.disconnect().catch(() => undefined);
  }
}

/** kafkajs' protocol error code (TOPIC_AUTHORIZATION_FAILED…), else the error's class name. */
function errorType(error: unknown): string {
  const seen = error as { type?: string; name?: string; originalError?: unknown; errors?: unknown[] } | undefined;
  if (seen?.type) return seen.type;
  if (seen?.originalError) return errorType(seen.originalError);
  if (seen?.errors?.[0]) return errorType(seen.errors[0]);
  return seen?.name ?? String(error);
}

async function refusal(action: Promise<unknown>): Promise<string> {
  try {
    await action;
  } catch (error) {
    return errorType(error);
  }
  return 'allowed';
}

describe("Kafka's users and ACLs (real broker)", () => {
  const key = `access-${suffix}`;

  it('lets a service write its own topic, and another service that consumes it read it in its own group', async () => {
    await produce('personnel', topicOf('personnel'), key);
    await expect(consume('training', `muster-training-${suffix}`, topicOf('personnel'), key)).resolves.toBe(
      `read ${key}`,
    );
  }, 60_000);

  it("refuses a service's write to another service's topic", async () => {
    await expect(refusal(produce('training', topicOf('personnel'), key))).resolves.toBe('TOPIC_AUTHORIZATION_FAILED');
    await expect(refusal(produce('equipment', topicOf('centres'), key))).resolves.toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it('refuses a read of a topic the service does not consume', async () => {
    // Equipment consumes centres and personnel, never training.
    await expect(consume('equipment', `muster-equipment-${suffix}`, topicOf('training'), key)).resolves.toBe(
      'TOPIC_AUTHORIZATION_FAILED',
    );
  }, 60_000);

  it("refuses to let a service join another service's consumer group", async () => {
    // Training may read personnel's topic, but not as personnel's group (that would take its partitions).
    await expect(consume('training', `muster-personnel-${suffix}`, topicOf('personnel'), key)).resolves.toBe(
      'GROUP_AUTHORIZATION_FAILED',
    );
  }, 60_000);

  it("lets the witness read a service's checkpoints and write countersignatures, and a service write its own checkpoints", async () => {
    await produce('personnel', checkpointTopicOf('personnel'), key);
    await expect(consume('witness', `muster-witness-${suffix}`, checkpointTopicOf('personnel'), key)).resolves.toBe(
      `read ${key}`,
    );
    await produce('witness', COSIGNATURE_TOPIC, key);
  }, 60_000);

  it("refuses the witness a write to a service's checkpoints, and a service a write to another's", async () => {
    await expect(refusal(produce('witness', checkpointTopicOf('personnel'), key))).resolves.toBe(
      'TOPIC_AUTHORIZATION_FAILED',
    );
    // These may not even describe the topic: kafkajs stops at its metadata request, with the broker's refusal as text.
    const refused = /Not authorized to access topics/;
    await expect(produce('training', checkpointTopicOf('personnel'), key)).rejects.toThrow(refused);
    await expect(produce('personnel', COSIGNATURE_TOPIC, key)).rejects.toThrow(refused);
  });

  it("provisions the verifiable log's topics with one partition each, kept for ever and never compacted", async () => {
    const admin = as('admin').admin();
    await admin.connect();
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: verifiableLogTopics() });
      expect(topics.map((t) => t.partitions.length)).toEqual(verifiableLogTopics().map(() => 1));
      const { resources } = await admin.describeConfigs({
        includeSynonyms: false,
        resources: verifiableLogTopics().map((name) => ({
          type: ConfigResourceTypes.TOPIC,
          name,
          configNames: ['cleanup.policy', 'retention.ms', 'retention.bytes'],
        })),
      });
      for (const resource of resources) {
        const config = Object.fromEntries(resource.configEntries.map((entry) => [entry.configName, entry.configValue]));
        expect(config).toEqual({ 'cleanup.policy': 'delete', 'retention.ms': '-1', 'retention.bytes': '-1' });
      }
    } finally {
      await admin.disconnect();
    }
  });

  it('refuses a service the creation of topics: they are provisioned by the admin', async () => {
    const admin = as('personnel').admin();
    await admin.connect();
    try {
      const created = admin.createTopics({ topics: [{ topic: `muster.personnel.extra-${suffix}` }] });
      await expect(refusal(created)).resolves.toBe('TOPIC_AUTHORIZATION_FAILED');
    } finally {
      await admin.disconnect();
    }
  });

  it('refuses a client without credentials, and one with a wrong password', async () => {
    const anonymous = client(undefined).admin();
    await expect(refusal(anonymous.connect().then(() => anonymous.listTopics()))).resolves.not.toBe('allowed');
    await anonymous.disconnect().catch(() => undefined);

    const impostor = client({ mechanism: 'scram-sha-512', username: 'personnel', password: 'guessed' }).admin();
    await expect(refusal(impostor.connect())).resolves.toBe('KafkaJSSASLAuthenticationError');
    await impostor.disconnect().catch(() => undefined);
  });
});

describe('KAFKA_REPLICATION_FACTOR', () => {
  it('is 1 by default, a real cluster sets its own, and nonsense is refused', () => {
    expect(replicationFactorFromEnvironment({})).toBe(1);
    expect(replicationFactorFromEnvironment({ KAFKA_REPLICATION_FACTOR: '3' })).toBe(3);
    for (const bad of ['0', 'three', '2.5', '-1']) {
      expect(() => replicationFactorFromEnvironment({ KAFKA_REPLICATION_FACTOR: bad })).toThrow(
        /KAFKA_REPLICATION_FACTOR/,
      );
    }
  });
});
