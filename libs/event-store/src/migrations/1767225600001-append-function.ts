import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One append = one round trip: this function checks the expected version, chains the hashes, inserts every event in
 * one multi-row INSERT and moves the stream head. Node computes each event's content hash (canonical JSON is easier
 * to get right there); the chain link needs the stream's last hash, which only the database knows:
 *   hash = sha256(previous_hash || '|' || stream_version || '|' || content_hash)   (see @muster/log-proofs, event-hash.ts)
 * A stale expected version is refused from the committed stream head before waiting for the lock, then rechecked
 * under it. Error codes the store maps: MU409 stale expected version (DETAIL = current version), MU412 idempotency key
 * committed meanwhile by a concurrent append, MU428 an append that would break per-stream order on the topic.
 * This is its current definition: the order guard's migration replaces the older one with it.
 */
export const APPEND_FUNCTION = `
      CREATE OR REPLACE FUNCTION event_store_append(
        p_stream_id         text,
        p_stream_type       text,
        p_expected_version  integer,   -- NULL: any; 0: the stream must have no events yet
        p_idempotency_key   text,
        p_ids               uuid[],
        p_types             text[],
        p_schema_versions   integer[],
        p_data              jsonb,     -- a JSON array, one element per event
        p_metadata          jsonb,
        p_occurred_at       timestamptz,
        p_content_hashes    text[]
      ) RETURNS TABLE (
        duplicate boolean, global_position text, stream_version integer, recorded_at timestamptz,
        hash text, previous_hash text
      )
      LANGUAGE plpgsql AS $fn$
      #variable_conflict use_column
      DECLARE
        v_count         integer := cardinality(p_ids);
        v_version       integer;
        v_last_hash     text;
        v_last_recorded timestamptz;
        v_recorded_at   timestamptz;
        v_hashes        text[] := '{}';
        v_previous      text[] := '{}';
      BEGIN
        -- Fail fast on a stale expectation: a version only grows, so if the committed head is already past the
        -- expected version, waiting for the lock cannot make it right. Losers under contention then return at once
        -- instead of queueing behind the lock holder's whole transaction. Not when the idempotency key is already
        -- used: that retry must answer as the first append did (the locked path below does). The recheck under the
        -- lock stays: the head may move (or the stream appear) between this read and the lock.
        IF p_expected_version IS NOT NULL THEN
          SELECT s.version INTO v_version FROM streams s WHERE s.stream_id = p_stream_id;
          IF v_version > p_expected_version
             AND (p_idempotency_key IS NULL
                  OR NOT EXISTS (SELECT 1 FROM idempotency_keys k WHERE k.key = p_idempotency_key)) THEN
            RAISE EXCEPTION 'stream % is at version %, not %', p_stream_id, v_version, p_expected_version
              USING ERRCODE = 'MU409', DETAIL = v_version::text;
          END IF;
        END IF;

        -- Serialise appends to this stream BEFORE writing anything: the transaction id is assigned at the first
        -- write, so a later append to a stream always has a later transaction id, and readAll's order (by
        -- transaction id) agrees with stream order. 1297437524 = 'MUST', the event store's advisory lock class.
        PERFORM pg_advisory_xact_lock(1297437524, hashtext(p_stream_id));

        IF p_idempotency_key IS NOT NULL
           AND EXISTS (SELECT 1 FROM idempotency_keys k WHERE k.key = p_idempotency_key) THEN
          RETURN QUERY SELECT true, NULL::text, NULL::integer, NULL::timestamptz, NULL::text, NULL::text;
          RETURN;
        END IF;

        SELECT s.version, s.last_hash, s.updated_at INTO v_version, v_last_hash, v_last_recorded
          FROM streams s WHERE s.stream_id = p_stream_id;
        v_version := coalesce(v_version, 0);
        IF p_expected_version IS NOT NULL AND p_expected_version <> v_version THEN
          RAISE EXCEPTION 'stream % is at version %, not %', p_stream_id, v_version, p_expected_version
            USING ERRCODE = 'MU409', DETAIL = v_version::text;
        END IF;
        -- Per-stream order on the topic is transaction order: it holds only if this transaction's id is later than
        -- every earlier append's. It is when the lock above came before the transaction's first write (the id is
        -- assigned then); a transaction that wrote first and then waited here may hold an earlier id than the append
        -- that committed meanwhile. Refuse that loudly rather than publish the stream out of order (MU428).
        IF v_version > 0 AND pg_current_xact_id_if_assigned() IS NOT NULL AND EXISTS (
             SELECT 1 FROM events e
              WHERE e.stream_id = p_stream_id AND e.stream_version = v_version
                AND e.transaction_id > pg_current_xact_id()) THEN
          RAISE EXCEPTION 'stream % was appended to by a later transaction while this one waited', p_stream_id
            USING ERRCODE = 'MU428',
                  HINT = 'an append must take its stream''s lock before its transaction''s first write';
        END IF;

        -- Millisecond precision (what a JS Date holds, so asOf = an event's recordedAt includes it), and never
        -- earlier than the stream's previous append even if the clock steps back.
        v_recorded_at := greatest(date_trunc('milliseconds', clock_timestamp()), v_last_recorded);

        FOR i IN 1..v_count LOOP
          v_previous := array_append(v_previous, v_last_hash);
          v_last_hash := encode(sha256(convert_to(
            coalesce(v_last_hash, '') || '|' || (v_version + i) || '|' || p_content_hashes[i], 'UTF8')), 'hex');
          v_hashes := array_append(v_hashes, v_last_hash);
        END LOOP;

        RETURN QUERY
        WITH inserted AS (
          INSERT INTO events (id, stream_id, stream_type, stream_version, type, schema_version, data, metadata,
                              occurred_at, recorded_at, hash, previous_hash)
          SELECT e.id, p_stream_id, p_stream_type, v_version + e.n::integer, e.type, e.schema_version,
                 p_data -> (e.n::integer - 1), p_metadata, p_occurred_at, v_recorded_at, e.hash, e.previous_hash
            FROM unnest(p_ids, p_types, p_schema_versions, v_hashes, v_previous)
                 WITH ORDINALITY AS e(id, type, schema_version, hash, previous_hash, n)
          RETURNING events.global_position, events.stream_version, events.recorded_at, events.hash,
                    events.previous_hash
        )
        SELECT false, i.global_position::text, i.stream_version, i.recorded_at, i.hash, i.previous_hash
          FROM inserted i ORDER BY i.stream_version;

        INSERT INTO streams AS s (stream_id, version, last_hash, updated_at)
        VALUES (p_stream_id, v_version + v_count, v_last_hash, v_recorded_at)
        ON CONFLICT (stream_id) DO UPDATE
          SET version = EXCLUDED.version, last_hash = EXCLUDED.last_hash, updated_at = EXCLUDED.updated_at;

        IF p_idempotency_key IS NOT NULL THEN
          -- Waits for a concurrent append holding the same key (on another stream); if that one committed, this
          -- whole append rolls back and the caller returns the stored result instead.
          INSERT INTO idempotency_keys (key, stream_id, first_version, last_version)
          VALUES (p_idempotency_key, p_stream_id, v_version + 1, v_version + v_count)
          ON CONFLICT (key) DO NOTHING;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'idempotency key % was used by a concurrent append', p_idempotency_key
              USING ERRCODE = 'MU412';
          END IF;
        END IF;
      END
      $fn$`;

export class EventStoreAppendFunction1767225600001 implements MigrationInterface {
  readonly name = 'EventStoreAppendFunction1767225600001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(APPEND_FUNCTION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS event_store_append`);
  }
}
