import { EventMetadata, RecordedEvent } from '@muster/event-sourcing';
import { UpcasterRegistry } from './upcasting';

/**
 * Every column of `events`, bigints as text so no global pg type parser can round them. Beware: the aliases shadow
 * the columns in ORDER BY, so order by `events.global_position`, never by the bare name (that sorts text).
 */
export const EVENT_COLUMNS = `global_position::text AS global_position, transaction_id::text AS transaction_id, id,
  stream_id, stream_type, stream_version, type, schema_version, data, metadata, occurred_at, recorded_at, hash,
  previous_hash`;

export interface EventRow {
  readonly global_position: string;
  readonly transaction_id: string;
  readonly id: string;
  readonly stream_id: string;
  readonly stream_type: string;
  readonly stream_version: number;
  readonly type: string;
  readonly schema_version: number;
  readonly data: object;
  readonly metadata: EventMetadata;
  readonly occurred_at: Date;
  readonly recorded_at: Date;
  readonly hash: string;
  readonly previous_hash: string | null;
}

/** A stored row as readers see it: data upcast to the current schema version. */
export function toRecordedEvent(row: EventRow, upcasters: UpcasterRegistry): RecordedEvent {
  const { schemaVersion, data } = upcasters.upcast(row.type, row.schema_version, row.data);
  return {
    id: row.id,
    streamId: row.stream_id,
    streamType: row.stream_type,
    streamVersion: row.stream_version,
    globalPosition: row.global_position,
    type: row.type,
    schemaVersion,
    data,
    metadata: row.metadata,
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
    hash: row.hash,
    previousHash: row.previous_hash,
  };
}
