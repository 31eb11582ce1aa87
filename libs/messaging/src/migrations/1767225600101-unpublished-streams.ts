import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Some streams are kept but never published: audit trails such as "who opened whose identity, and why" belong in the
 * service's own store and audit API, not on a topic every consumer reads and no erasure can reach. Their stream
 * types are listed in `outbox_source.unpublished_stream_types` (written at start-up by `configureOutbox`), and the
 * capture trigger leaves their events out of the outbox.
 */
export class UnpublishedStreams1767225600101 implements MigrationInterface {
  readonly name = 'UnpublishedStreams1767225600101';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE outbox_source ADD COLUMN unpublished_stream_types text[] NOT NULL DEFAULT '{}'`);
    await runner.query(`
      CREATE OR REPLACE FUNCTION outbox_capture() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v_source      text;
        v_topic       text;
        v_unpublished text[];
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM new_events) THEN
          RETURN NULL;
        END IF;
        SELECT o.source, o.topic, o.unpublished_stream_types INTO v_source, v_topic, v_unpublished FROM outbox_source o;
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
         WHERE NOT (e.stream_type = ANY (v_unpublished))
         ORDER BY e.global_position;

        IF FOUND THEN
          PERFORM pg_notify('muster_outbox', '');
        END IF;
        RETURN NULL;
      END
      $fn$`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE outbox_source DROP COLUMN unpublished_stream_types`);
  }
}
