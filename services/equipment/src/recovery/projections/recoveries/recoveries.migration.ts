import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The recoveries read model: one row per member's recovery, its lines as JSON, and the centres it concerns (the
 * member's, and those whose stock the items belong to) for a commander's view.
 */
export class Recoveries1767400000500 implements MigrationInterface {
  readonly name = 'Recoveries1767400000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE recoveries (
        recovery_id  uuid        PRIMARY KEY,
        version      integer     NOT NULL,
        member_id    uuid        NOT NULL,
        cause        text        NOT NULL,
        centre_id    uuid,
        centre_ids   uuid[]      NOT NULL,
        occurred_on  date        NOT NULL,
        opened_at    timestamptz NOT NULL,
        completed_at timestamptz,
        items        jsonb       NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX recoveries_open ON recoveries (opened_at) WHERE completed_at IS NULL`);
    await queryRunner.query(`CREATE INDEX recoveries_centres ON recoveries USING gin (centre_ids)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS recoveries`);
  }
}
