import { CONSUMES, SERVICES, ServiceName, deadLetterTopicOf, topicOf } from '@muster/contracts';
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

/** Muster's topics are keyed by stream id; a few partitions let consumers scale while keeping per-stream order. */
const TOPIC_PARTITIONS = 3;

/**
 * Creates the topics that do not exist yet, as the admin: services have no right to create topics. Done explicitly
 * because a broker's auto-creation would silently pick its own partition count, and a topic's partition count fixes
 * where every key lands.
 */
export async function ensureTopics(kafka: Kafka, topics: readonly string[], replicationFactor = 1): Promise<void> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    await admin
      .createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: TOPIC_PARTITIONS, replicationFactor })),
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
 * What a service's user may do, and nothing more: write its own topic; read the topics it consumes and write their
 * dead-letter topics; use the consumer groups named after it (`muster-<service>`, and the `muster-<service>-…` of
 * tests and parallel deployments). WRITE and READ imply DESCRIBE; its idempotent producer needs no cluster grant
 * (Kafka 3 accepts WRITE on a topic for that), and it has no transactional id. Topics are made here, not by services.
 */
export function serviceGrants(service: ServiceName): Grant[] {
  return [
    topic(topicOf(service), AclOperationTypes.WRITE),
    ...CONSUMES[service].flatMap((source) => [
      topic(topicOf(source), AclOperationTypes.READ),
      topic(deadLetterTopicOf(topicOf(source)), AclOperationTypes.WRITE),
    ]),
    {
      resourceType: AclResourceTypes.GROUP,
      resourceName: `muster-${service}`,
      resourcePatternType: ResourcePatternTypes.PREFIXED,
      operation: AclOperationTypes.READ,
    },
  ];
}

/**
 * Creates Muster's topics and grants each service's user its ACLs, through a client authenticated as the cluster's
 * admin. Safe to repeat: existing topics are kept and an ACL already there is not added twice.
 */
export async function provisionKafka(admin: Kafka, replicationFactor: number): Promise<void> {
  await ensureTopics(admin, musterTopics(), replicationFactor);
  const client = admin.admin();
  await client.connect();
  try {
    await client.createAcls({
      acl: SERVICES.flatMap((service) =>
        serviceGrants(service).map((grant) => ({
          ...grant,
          principal: `User:${service}`,
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
