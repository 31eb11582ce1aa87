import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event store's tables. Each service has a database of its own, so they live in the public schema.
 * `events` is the append-only log; the other tables are bookkeeping that can be rebuilt or lost without losing facts
 * (except `streams`, whose version and last hash anchor the hash chain of each stream).
 */
export class EventStoreTables1767225600000 implements MigrationInterface {
  readonly name = 'EventStoreTables1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE streams (
        stream_id   text        PRIMARY KEY,
        version     integer     NOT NULL CHECK (version >= 0),
        last_hash   text,
        -- recorded_at of the last append: the next append's recorded_at never goes below it
        updated_at  timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE events (
        global_position bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        -- the writing transaction: readAll orders by it so that late commits are never skipped
        transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
        id              uuid        NOT NULL UNIQUE,
        stream_id       text        NOT NULL,
        stream_type     text        NOT NULL,
        stream_version  integer     NOT NULL CHECK (stream_version >= 1),
        type            text        NOT NULL,
        schema_version  integer     NOT NULL CHECK (schema_version >= 1),
        data            jsonb       NOT NULL,
        metadata        jsonb       NOT NULL,
        occurred_at     timestamptz NOT NULL,
        recorded_at     timestamptz NOT NULL,
        hash            text        NOT NULL,
        previous_hash   text,
        CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
      )`);
    await queryRunner.query(`CREATE INDEX events_transaction_order ON events (transaction_id, global_position)`);
    await queryRunner.query(
      `CREATE INDEX events_correlation ON events ((metadata->>'correlationId'), global_position)`,
    );
    await queryRunner.query(`
      CREATE TABLE snapshots (
        stream_id    text        NOT NULL,
        -- names the decider and its state shape: a changed decider uses a new key and ignores old snapshots
        snapshot_key text        NOT NULL,
        version      integer     NOT NULL,
        state        jsonb       NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (stream_id, snapshot_key)
      )`);
    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        key           text        PRIMARY KEY,
        stream_id     text        NOT NULL,
        -- the events the first append with this key wrote (the stream's version after it is last_version)
        first_version integer     NOT NULL,
        last_version  integer     NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE projection_checkpoints (
        name            text        PRIMARY KEY,
        transaction_id  xid8        NOT NULL,
        global_position bigint      NOT NULL,
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['projection_checkpoints', 'idempotency_keys', 'snapshots', 'events', 'streams']) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
