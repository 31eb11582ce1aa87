import { MigrationInterface, QueryRunner } from 'typeorm';

/** Keyed hashes (HMAC-SHA256, key derived from the KEK) of members' name search keys: no clear name is stored. */
export class NameSearchIndex1767300000200 implements MigrationInterface {
  readonly name = 'NameSearchIndex1767300000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE name_search_index (
        member_id uuid NOT NULL,
        key_hash  text NOT NULL,
        PRIMARY KEY (key_hash, member_id)
      )`);
    await queryRunner.query(`CREATE INDEX name_search_index_member ON name_search_index (member_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS name_search_index`);
  }
}
