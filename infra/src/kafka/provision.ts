import {
  CONSUMES,
  COSIGNATURE_TOPIC,
  SERVICES,
  ServiceName,
  WITNESS_NAME,
  checkpointTopicOf,
  deadLetterTopicOf,
  logTopicOf,
  topicOf,
} from '@muster/contracts';
import {
  Admin,
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  AclEntry,
  Kafka,
  ResourcePatternTypes,
  SASLOptions,
  logLevel,
} from 'kafkajs';
import { KAFKA_WITNESS, KafkaClientUser } from './users';

/** Muster's topics are keyed by stream id; a few partitions let consumers scale while keeping per-stream order. */
const TOPIC_PARTITIONS = 3;

/** How a kind of topic is laid out: its partitions, and any settings beyond the broker's defaults. */
export interface TopicLayout {
  readonly partitions: number;
  readonly config?: Readonly<Record<string, string>>;
}

const EVENT_TOPICS: TopicLayout = { partitions: TOPIC_PARTITIONS };

/**
 * The verifiable log's topics: one partition (a log's order is total) and every message kept for ever — they are the
 * copies outside the database, and all of a log's messages share one key, so compaction would keep only the last.
 */
export const VERIFIABLE_LOG_TOPICS: TopicLayout = {
  partitions: 1,
  config: { 'cleanup.policy': 'delete', 'retention.ms': '-1', 'retention.bytes': '-1' },
};

/**
 * Creates the topics that do not exist yet, as the admin: services have no right to create topics. Done explicitly
 * because a broker's auto-creation would silently pick its own partition count, and a topic's partition count fixes
 * where every key lands.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: readonly string[],
  replicationFactor = 1,
  layout: TopicLayout = EVENT_TOPICS,
): Promise<void> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    await admin
      .createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: layout.partitions,
          replicationFactor,
          configEntries: Object.entries(layout.config ?? {}).map(([name, value]) => ({ name, value })),
        })),
      })
      .catch(async (error: unknown) => {
        // The topics were made, but a broker's metadata can lag the controller's for a moment: wait for it.
        if ((error as { type?: string }).type !== 'UNKNOWN_TOPIC_OR_PARTITION') throw error;
        await waitForTopics(admin, missing);
      });
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** A client for provisioning, as the cluster's admin; its failures come back as errors, its logs stay quiet. */
export function adminClient(brokers: string, sasl: SASLOptions): Kafka {
  return new Kafka({ clientId: 'muster-provisioning', brokers: brokers.split(','), sasl, logLevel: logLevel.NOTHING });
}

async function waitForTopics(admin: Admin, topics: readonly string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const { topics: found } = await admin.fetchTopicMetadata({ topics: [...topics] });
      if (found.every((topic) => topic.partitions.every((partition) => partition.leader >= 0))) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`topics ${topics.join(', ')} have no leaders after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

type Grant = Pick<AclEntry, 'resourceType' | 'resourceName' | 'resourcePatternType' | 'operation'>;

const topic = (name: string, operation: AclOperationTypes): Grant => ({
  resourceType: AclResourceTypes.TOPIC,
  resourceName: name,
  resourcePatternType: ResourcePatternTypes.LITERAL,
  operation,
});

/** Every topic Muster uses: each service's own, and the dead-letter topic its consumers write to. */
export function musterTopics(): string[] {
  return SERVICES.flatMap((service) => [topicOf(service), deadLetterTopicOf(topicOf(service))]);
}

/**
 * The verifiable log's topics (docs/audit.md): each service's log and checkpoints, and the witness's
 * countersignatures. One partition each: a log, and the checkpoints over it, are in one total order.
 */
export function verifiableLogTopics(): string[] {
  return [...SERVICES.flatMap((service) => [logTopicOf(service), checkpointTopicOf(service)]), COSIGNATURE_TOPIC];
}

const group = (prefix: string): Grant => ({
  resourceType: AclResourceTypes.GROUP,
  resourceName: prefix,
  resourcePatternType: ResourcePatternTypes.PREFIXED,
  operation: AclOperationTypes.READ,
});

/**
 * What a service's user may do, and nothing more: write its own topics (events, log, checkpoints); read the topics
 * it consumes and write their dead-letter topics; use the consumer groups named after it (`muster-<service>`, and the
 * `muster-<service>-…` of tests and parallel deployments). WRITE and READ imply DESCRIBE; its idempotent producer
 * needs no cluster grant (Kafka 3 accepts WRITE on a topic for that), and it has no transactional id. Topics are made
 * here, not by services.
 */
export function serviceGrants(service: ServiceName): Grant[] {
  return [
    topic(topicOf(service), AclOperationTypes.WRITE),
    topic(logTopicOf(service), AclOperationTypes.WRITE),
    topic(checkpointTopicOf(service), AclOperationTypes.WRITE),
    ...CONSUMES[service].flatMap((source) => [
      topic(topicOf(source), AclOperationTypes.READ),
      topic(deadLetterTopicOf(topicOf(source)), AclOperationTypes.WRITE),
    ]),
    group(`muster-${service}`),
  ];
}

/**
 * The witness's: read every service's checkpoints, write its countersignatures, use the `muster-witness…` groups.
 * It may write no service's topic: a checkpoint it could publish would be worth nothing.
 */
export function witnessGrants(): Grant[] {
  return [
    ...SERVICES.map((service) => topic(checkpointTopicOf(service), AclOperationTypes.READ)),
    topic(COSIGNATURE_TOPIC, AclOperationTypes.WRITE),
    group(WITNESS_NAME),
  ];
}

/**
 * Creates Muster's topics and grants each service's user, and the witness's, its ACLs, through a client authenticated
 * as the cluster's admin. Safe to repeat: existing topics are kept and an ACL already there is not added twice.
 */
export async function provisionKafka(admin: Kafka, replicationFactor: number): Promise<void> {
  await ensureTopics(admin, musterTopics(), replicationFactor);
  await ensureTopics(admin, verifiableLogTopics(), replicationFactor, VERIFIABLE_LOG_TOPICS);
  const grantsOf: [KafkaClientUser, Grant[]][] = [
    ...SERVICES.map((service): [KafkaClientUser, Grant[]] => [service, serviceGrants(service)]),
    [KAFKA_WITNESS, witnessGrants()],
  ];
  const client = admin.admin();
  await client.connect();
  try {
    await client.createAcls({
      acl: grantsOf.flatMap(([user, grants]) =>
        grants.map((grant) => ({
          ...grant,
          principal: `User:${user}`,
          host: '*',
          permissionType: AclPermissionTypes.ALLOW,
        })),
      ),
    });
  } finally {
    await client.disconnect().catch(() => undefined);
  }
}

/** KAFKA_REPLICATION_FACTOR: 1 on a single local broker; a real cluster's operator sets 3. */
export function replicationFactorFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  const value = env['KAFKA_REPLICATION_FACTOR'] ?? '1';
  const factor = Number(value);
  if (!/^\d+$/.test(value) || factor < 1 || factor > 32) {
    throw new Error(`KAFKA_REPLICATION_FACTOR must be a whole number from 1 to 32, not "${value}"`);
  }
  return factor;
}
