import { Admin } from 'kafkajs';

/** Muster's topics are keyed by stream id; a few partitions let consumers scale while keeping per-stream order. */
export const TOPIC_PARTITIONS = 3;

/**
 * Creates the topics that do not exist yet. Done explicitly because a broker's auto-creation would silently pick its
 * own partition count, and a topic's partition count fixes where every key lands.
 */
export async function ensureTopics(admin: Admin, topics: readonly string[], replicationFactor = 1): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
  if (missing.length === 0) return;
  await admin.createTopics({
    waitForLeaders: true,
    topics: missing.map((topic) => ({ topic, numPartitions: TOPIC_PARTITIONS, replicationFactor })),
  });
}
