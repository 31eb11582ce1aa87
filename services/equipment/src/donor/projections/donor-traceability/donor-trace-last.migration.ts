import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An asset's last trace, which every one of its events extends, found in one index step: without it the read sorted
 * all of the asset's traces, so a donor's vehicle's thousandth fill cost more than its first.
 */
export class DonorTraceLast1767400000900 implements MigrationInterface {
  readonly name = 'DonorTraceLast1767400000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX donor_asset_history_last ON donor_asset_history (asset_id, seq DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS donor_asset_history_last`);
  }
}
