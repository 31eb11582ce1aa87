import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After a rebuild the name index is ordered by hash (CLUSTER), so a copy of the data files cannot group one member's
 * rows by where they lie. CLUSTER needs the table's owner, the migrator; the service connects as a runtime role that
 * owns nothing, so the owner lends it exactly this statement and no other.
 */
export class NameSearchClustering1767300000410 implements MigrationInterface {
  readonly name = 'NameSearchClustering1767300000410';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION cluster_name_search_terms() RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public
        AS 'CLUSTER public.name_search_terms USING name_search_terms_pkey'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION cluster_name_search_terms()`);
  }
}
