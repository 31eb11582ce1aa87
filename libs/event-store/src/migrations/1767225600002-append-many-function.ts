import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Appends to many streams in one round trip and one transaction (the caller's): `event_store_append` once per stream,
 * each in its own subtransaction (a plpgsql exception block is a savepoint), so a stream whose expected version no
 * longer matches (MU409) or whose idempotency key a concurrent append took (MU412) is undone alone and reported, and
 * the others stay. Any other error aborts the statement, and with it the whole batch.
 *
 * `p_appends` is a JSON array of `event_store_append`'s arguments by name (see append.ts). Streams are locked in the
 * order of their advisory lock keys, so two batches over the same streams queue instead of deadlocking. Each result
 * row carries `n`, the 1-based place of its stream in `p_appends`, and `outcome`: 'appended' (one row per event),
 * 'duplicate' (the idempotency key was used before: nothing written), 'key-taken' (MU412) or 'conflict' (MU409, with
 * the stream's current version).
 */
export const APPEND_MANY_FUNCTION = `
      CREATE OR REPLACE FUNCTION event_store_append_many(p_appends jsonb)
      RETURNS TABLE (
        n integer, outcome text, current_version integer, global_position text, stream_version integer,
        recorded_at timestamptz, hash text, previous_hash text
      )
      LANGUAGE plpgsql AS $fn$
      #variable_conflict use_column
      DECLARE
        a       jsonb;
        i       integer;
        v_detail text;
        s       text;
      BEGIN
        -- Every stream's lock before the first insert, which assigns the transaction id: each stream's events then
        -- carry a later transaction id than any append that committed to it before (see event_store_append, MU428).
        FOR s IN
          SELECT streams.id FROM (SELECT DISTINCT e.value->>'streamId' FROM jsonb_array_elements(p_appends) AS e(value))
                                 AS streams(id)
           ORDER BY hashtext(streams.id), streams.id
        LOOP
          PERFORM pg_advisory_xact_lock(1297437524, hashtext(s));
        END LOOP;

        FOR a, i IN
          SELECT e.value, e.n::integer FROM jsonb_array_elements(p_appends) WITH ORDINALITY AS e(value, n)
           ORDER BY hashtext(e.value->>'streamId'), e.value->>'streamId'
        LOOP
          BEGIN
            -- event_store_append returns its rows only once it has finished, so a refusal leaves none behind.
            RETURN QUERY
            SELECT i, CASE WHEN r.duplicate THEN 'duplicate' ELSE 'appended' END, NULL::integer, r.global_position,
                   r.stream_version, r.recorded_at, r.hash, r.previous_hash
              FROM event_store_append(
                a->>'streamId',
                a->>'streamType',
                (a->>'expectedVersion')::integer,
                a->>'idempotencyKey',
                ARRAY(SELECT jsonb_array_elements_text(a->'ids'))::uuid[],
                ARRAY(SELECT jsonb_array_elements_text(a->'types')),
                ARRAY(SELECT jsonb_array_elements_text(a->'schemaVersions'))::integer[],
                a->'data',
                a->'metadata',
                (a->>'occurredAt')::timestamptz,
                ARRAY(SELECT jsonb_array_elements_text(a->'contentHashes'))) AS r;
          EXCEPTION
            WHEN SQLSTATE 'MU409' THEN
              GET STACKED DIAGNOSTICS v_detail = PG_EXCEPTION_DETAIL;
              RETURN QUERY SELECT i, 'conflict', v_detail::integer, NULL::text, NULL::integer, NULL::timestamptz,
                                  NULL::text, NULL::text;
            WHEN SQLSTATE 'MU412' THEN
              RETURN QUERY SELECT i, 'key-taken', NULL::integer, NULL::text, NULL::integer, NULL::timestamptz,
                                  NULL::text, NULL::text;
          END;
        END LOOP;
      END
      $fn$`;

export class EventStoreAppendManyFunction1767225600002 implements MigrationInterface {
  readonly name = 'EventStoreAppendManyFunction1767225600002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(APPEND_MANY_FUNCTION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS event_store_append_many`);
  }
}
