import { ServiceName, topicOf } from '@muster/contracts';
import { DataSource } from 'typeorm';

/**
 * The channel the relay LISTENs on. The outbox capture trigger (migration 1767225600100) notifies it, once per append,
 * delivered only if (and when) the append commits; keep both in step.
 */
export const OUTBOX_CHANNEL = 'muster_outbox';

/**
 * Names the service that publishes this database's events, and its topic, for the outbox capture trigger: every
 * append's outbox rows carry them. Idempotent (instances starting together write the same row); call it at start-up
 * before anything appends: until then an append fails instead of going unpublished.
 */
export async function configureOutbox(
  dataSource: DataSource,
  source: ServiceName,
  // The topic is the service's own; overriding it is for isolated tests and environments sharing a cluster.
  options: { topic?: string } = {},
): Promise<void> {
  await dataSource.query(
    `INSERT INTO outbox_source (singleton, source, topic) VALUES (true, $1, $2)
     ON CONFLICT (singleton) DO UPDATE SET source = EXCLUDED.source, topic = EXCLUDED.topic, updated_at = now()
       WHERE (outbox_source.source, outbox_source.topic) IS DISTINCT FROM (EXCLUDED.source, EXCLUDED.topic)`,
    [source, options.topic ?? topicOf(source)],
  );
}
