import { MigrationInterface, QueryRunner } from 'typeorm';

/** Wrapped data keys, one per member (or crew intake person, keyed by the member id they will have). */
export class IdentityKeys1767300000000 implements MigrationInterface {
  readonly name = 'IdentityKeys1767300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE identity_keys (
        member_id   uuid        PRIMARY KEY,
        key_id      text        NOT NULL UNIQUE,
        wrapped_key jsonb       NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS identity_keys`);
  }
}
