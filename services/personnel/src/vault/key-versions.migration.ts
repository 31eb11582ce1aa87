import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * KEK ids: each wrapped key records the KEK that wrapped it (existing rows are stamped at the next start, once the
 * configured KEK is shown to open them), and `vault_keys` holds the service's own keys wrapped the same way — the
 * name index key, which is also the check at start-up that the configured KEK is this database's.
 */
export class KeyVersions1767300000610 implements MigrationInterface {
  readonly name = 'KeyVersions1767300000610';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE identity_keys ADD COLUMN kek_id text`);
    await queryRunner.query(`CREATE INDEX identity_keys_by_kek ON identity_keys (kek_id)`);
    await queryRunner.query(`
      CREATE TABLE vault_keys (
        name        text        PRIMARY KEY,
        kek_id      text        NOT NULL,
        wrapped_key jsonb       NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS vault_keys`);
    await queryRunner.query(`DROP INDEX IF EXISTS identity_keys_by_kek`);
    await queryRunner.query(`ALTER TABLE identity_keys DROP COLUMN IF EXISTS kek_id`);
  }
}
