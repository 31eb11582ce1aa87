import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per (consumer group, event) handled: inserting it in the handler's transaction is what makes a redelivery
 * a no-op. `outcome` tells handled events from skipped ones (types this consumer has no handler for).
 */
export class CreateInbox1760000100001 implements MigrationInterface {
  readonly name = 'CreateInbox1760000100001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE inbox (
        consumer_group  text        NOT NULL,
        event_id        uuid        NOT NULL,
        event_type      text        NOT NULL,
        topic           text        NOT NULL,
        "partition"     integer     NOT NULL,
        "offset"        bigint      NOT NULL,
        outcome         text        NOT NULL CHECK (outcome IN ('handled', 'skipped')),
        handled_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE inbox`);
  }
}
