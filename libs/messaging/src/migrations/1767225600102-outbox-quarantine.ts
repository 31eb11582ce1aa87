import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox row the broker can never accept (larger than its message size limit) is set aside — quarantined, with
 * the reason — instead of holding every later row back forever. It stays in the table for an operator.
 */
export class OutboxQuarantine1767225600102 implements MigrationInterface {
  readonly name = 'OutboxQuarantine1767225600102';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE outbox ADD COLUMN quarantined_at timestamptz NULL`);
    await runner.query(`DROP INDEX outbox_unpublished`);
    await runner.query(
      `CREATE INDEX outbox_unpublished ON outbox (position) WHERE published_at IS NULL AND quarantined_at IS NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX outbox_unpublished`);
    await runner.query(`CREATE INDEX outbox_unpublished ON outbox (position) WHERE published_at IS NULL`);
    await runner.query(`ALTER TABLE outbox DROP COLUMN quarantined_at`);
  }
}
