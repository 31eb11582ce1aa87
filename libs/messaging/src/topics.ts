import { Kafka, Partitioners, Producer } from 'kafkajs';

/** Muster's topics are keyed by stream id; a few partitions let consumers scale while keeping per-stream order. */
const TOPIC_PARTITIONS = 3;

/**
 * Creates the topics that do not exist yet. Done explicitly because a broker's auto-creation would silently pick its
 * own partition count, and a topic's partition count fixes where every key lands.
 */
export async function ensureTopics(kafka: Kafka, topics: readonly string[], replicationFactor = 1): Promise<void> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: TOPIC_PARTITIONS, replicationFactor })),
    });
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * The one way Muster produces: idempotent, one request in flight (per-partition order survives retries), no topic
 * created by accident, the default partitioner (key = stream id → partition).
 */
export async function connectProducer(kafka: Kafka): Promise<Producer> {
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  return producer;
}
