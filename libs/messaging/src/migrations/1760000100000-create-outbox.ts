import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events waiting for Kafka, written in the append's transaction. `value` is the envelope exactly as published;
 * the partial index keeps the relay's scan proportional to the backlog, not to history.
 */
export class CreateOutbox1760000100000 implements MigrationInterface {
  readonly name = 'CreateOutbox1760000100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE outbox (
        position      bigserial   PRIMARY KEY,
        event_id      uuid        NOT NULL UNIQUE,
        stream_id     text        NOT NULL,
        topic         text        NOT NULL,
        message_key   text        NOT NULL,
        value         jsonb       NOT NULL,
        headers       jsonb       NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        published_at  timestamptz NULL,
        attempts      integer     NOT NULL DEFAULT 0,
        last_error    text        NULL
      )`);
    await runner.query(`CREATE INDEX outbox_unpublished ON outbox (position) WHERE published_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE outbox`);
  }
}
