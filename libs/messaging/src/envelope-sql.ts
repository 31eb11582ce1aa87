/** A timestamptz column as JS `toISOString()` writes it (UTC, milliseconds, `Z`), whatever the session's time zone. */
export function isoTimestampSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/**
 * The integration envelope (contract: EventEnvelope in @muster/contracts, docs/events.md) of the `events` row aliased
 * `e`, built by PostgreSQL as JSON text in the relay's read. `json_build_object` writes the text as it goes;
 * `jsonb_build_object` built a binary document per event and printed it again, PostgreSQL's larger share of the
 * relay's work. Timestamps as JS `toISOString()` writes them; absent causation and reason as null; `commandId` left
 * out. `source` is the SQL of the publishing service's name (a parameter placeholder).
 */
export function envelopeSql(source: string): string {
  return `json_build_object(
    'id', e.id,
    'type', e.type,
    'schemaVersion', e.schema_version,
    'streamId', e.stream_id,
    'streamType', e.stream_type,
    'streamVersion', e.stream_version,
    'globalPosition', e.global_position::text,
    'occurredAt', ${isoTimestampSql('e.occurred_at')},
    'recordedAt', ${isoTimestampSql('e.recorded_at')},
    'source', ${source}::text,
    'data', e.data,
    -- a missing key is SQL NULL, which json_build_object writes as JSON null
    'metadata', json_build_object(
      'actorId', e.metadata -> 'actorId',
      'actorRoles', e.metadata -> 'actorRoles',
      'correlationId', e.metadata -> 'correlationId',
      'causationId', e.metadata -> 'causationId',
      'reason', e.metadata -> 'reason'),
    'hash', e.hash,
    'previousHash', e.previous_hash)::text`;
}
