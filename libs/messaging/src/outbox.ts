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
  options: {
    // The topic is the service's own; overriding it is for isolated tests and environments sharing a cluster.
    topic?: string;
    /** Stream types kept in the store but never published (audit trails). */
    unpublishedStreamTypes?: readonly string[];
  } = {},
): Promise<void> {
  const unpublished = [...(options.unpublishedStreamTypes ?? [])].sort();
  await dataSource.query(
    `INSERT INTO outbox_source (singleton, source, topic, unpublished_stream_types) VALUES (true, $1, $2, $3)
     ON CONFLICT (singleton) DO UPDATE SET source = EXCLUDED.source, topic = EXCLUDED.topic,
       unpublished_stream_types = EXCLUDED.unpublished_stream_types, updated_at = now()
       WHERE (outbox_source.source, outbox_source.topic, outbox_source.unpublished_stream_types)
         IS DISTINCT FROM (EXCLUDED.source, EXCLUDED.topic, EXCLUDED.unpublished_stream_types)`,
    [source, options.topic ?? topicOf(source), unpublished],
  );
}
