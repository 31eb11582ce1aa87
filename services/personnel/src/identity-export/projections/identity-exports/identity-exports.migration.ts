import { MigrationInterface, QueryRunner } from 'typeorm';

/** Identity export requests as approvers list them and as the daily limit counts them (no identities in it). */
export class IdentityExports1767300000500 implements MigrationInterface {
  readonly name = 'IdentityExports1767300000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE identity_exports (
        export_id     uuid        PRIMARY KEY,
        version       int         NOT NULL,
        status        text        NOT NULL,
        requested_by  text        NOT NULL,
        requested_at  timestamptz NOT NULL,
        purpose       text        NOT NULL,
        filters       jsonb       NOT NULL,
        row_count     int         NOT NULL,
        decided_by    text,
        decided_at    timestamptz,
        refusal       text
      )`);
    await queryRunner.query(
      `CREATE INDEX identity_exports_by_requester ON identity_exports (requested_by, requested_at)`,
    );
    await queryRunner.query(`CREATE INDEX identity_exports_by_status ON identity_exports (status, requested_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE identity_exports`);
  }
}
