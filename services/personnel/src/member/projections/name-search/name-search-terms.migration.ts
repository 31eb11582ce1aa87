import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The name index, v2 (issue 12): rows of (keyed hash of a search key under its field's key, sealed member id), with
 * no member id in clear and no prefixes, replacing v1's (member_id, hash) rows under one key. The new table starts
 * empty; the service fills it from the events at start-up (see NameSearchIndexRebuild), because only it holds the keys.
 */
export class NameSearchTerms1767300000400 implements MigrationInterface {
  readonly name = 'NameSearchTerms1767300000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS name_search_index`);
    await queryRunner.query(`
      CREATE TABLE name_search_terms (
        term bytea NOT NULL,
        seal bytea NOT NULL,
        PRIMARY KEY (term, seal)
      )`);
    // Which version of the keys and the model the rows were made with: a different one is rebuilt at start-up.
    await queryRunner.query(`CREATE TABLE name_search_state (version text NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS name_search_state`);
    await queryRunner.query(`DROP TABLE IF EXISTS name_search_terms`);
    await queryRunner.query(`
      CREATE TABLE name_search_index (
        member_id uuid NOT NULL,
        key_hash  text NOT NULL,
        PRIMARY KEY (key_hash, member_id)
      )`);
    await queryRunner.query(`CREATE INDEX name_search_index_member ON name_search_index (member_id)`);
  }
}
