import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox is written by PostgreSQL itself, in the statement that inserts the events: a statement-level trigger on
 * `events` turns the new rows into outbox rows (one per event, in global position order) and sends ONE NOTIFY on
 * `muster_outbox` (OUTBOX_CHANNEL; delivered only if the append commits). An append stays a single autocommitted
 * function call, and the events and their publication still commit or vanish together.
 *
 * `value` is the integration envelope (contract: EventEnvelope in @muster/contracts, docs/events.md): timestamps as
 * JS `toISOString()` writes them (UTC, milliseconds, `Z`), absent causation and reason as null, `commandId` left out.
 * Headers: EVENT_HEADERS. Key: the stream id. Source and topic: the one row of `outbox_source`, which the service
 * writes at start-up (`configureOutbox`); without it an append fails rather than go unpublished.
 *
 * Runs after the event store's migrations (it needs `events`).
 */
export class OutboxCapture1767225600100 implements MigrationInterface {
  readonly name = 'OutboxCapture1767225600100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE outbox_source (
        singleton  boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
        source     text        NOT NULL CHECK (source <> ''),
        topic      text        NOT NULL CHECK (topic <> ''),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE FUNCTION outbox_capture() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v_source text;
        v_topic  text;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM new_events) THEN
          RETURN NULL;
        END IF;
        SELECT o.source, o.topic INTO v_source, v_topic FROM outbox_source o;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'outbox not configured: outbox_source has no row naming the service that publishes this database''s events'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'call configureOutbox(dataSource, service) from @muster/messaging before appending';
        END IF;

        INSERT INTO outbox (event_id, stream_id, topic, message_key, value, headers)
        SELECT e.id, e.stream_id, v_topic, e.stream_id,
               jsonb_build_object(
                 'id', e.id,
                 'type', e.type,
                 'schemaVersion', e.schema_version,
                 'streamId', e.stream_id,
                 'streamType', e.stream_type,
                 'streamVersion', e.stream_version,
                 'globalPosition', e.global_position::text,
                 'occurredAt', to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 'recordedAt', to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 'source', v_source,
                 'data', e.data,
                 -- a missing key is SQL NULL, which jsonb_build_object writes as JSON null
                 'metadata', jsonb_build_object(
                   'actorId', e.metadata -> 'actorId',
                   'actorRoles', e.metadata -> 'actorRoles',
                   'correlationId', e.metadata -> 'correlationId',
                   'causationId', e.metadata -> 'causationId',
                   'reason', e.metadata -> 'reason'),
                 'hash', e.hash,
                 'previousHash', e.previous_hash),
               jsonb_build_object(
                 'muster-event-id', e.id,
                 'muster-event-type', e.type,
                 'muster-correlation-id', e.metadata ->> 'correlationId')
          FROM new_events e
         ORDER BY e.global_position;

        PERFORM pg_notify('muster_outbox', '');
        RETURN NULL;
      END
      $fn$`);
    await runner.query(`
      CREATE TRIGGER outbox_capture AFTER INSERT ON events
        REFERENCING NEW TABLE AS new_events
        FOR EACH STATEMENT EXECUTE FUNCTION outbox_capture()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER IF EXISTS outbox_capture ON events`);
    await runner.query(`DROP FUNCTION IF EXISTS outbox_capture`);
    await runner.query(`DROP TABLE IF EXISTS outbox_source`);
  }
}
