import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fuel read models: each centre's stock (`fuel_ledgers`); every issue with its flags and their review
 * (`fuel_issues`); and the small per-asset and per-type rows a fuel issue's checks read instead of any history —
 * the last fill's reading and Welford's running consumption statistics (`fuel_assets`, `fuel_type_stats`).
 */
export class FuelLedgerRegister1767400000300 implements MigrationInterface {
  readonly name = 'FuelLedgerRegister1767400000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE fuel_ledgers (
        centre_id        uuid    PRIMARY KEY,
        version          integer NOT NULL,
        balance_litres   numeric NOT NULL,
        delivered_litres numeric NOT NULL,
        issued_litres    numeric NOT NULL,
        open_flags       integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE fuel_issues (
        issue_id      uuid        PRIMARY KEY,
        centre_id     uuid        NOT NULL,
        asset_kind    text        NOT NULL,
        asset_id      uuid        NOT NULL,
        litres        numeric     NOT NULL,
        reading       numeric     NOT NULL,
        issued_at     timestamptz NOT NULL,
        recorded_at   timestamptz NOT NULL,
        consumption   jsonb,
        flags         jsonb       NOT NULL,
        review_status text        NOT NULL,
        review        jsonb
      )`);
    await queryRunner.query(`CREATE INDEX fuel_issues_asset ON fuel_issues (asset_id, recorded_at)`);
    await queryRunner.query(
      `CREATE INDEX fuel_issues_flagged ON fuel_issues (review_status, centre_id, issued_at) WHERE review_status <> 'none'`,
    );
    await queryRunner.query(`
      CREATE TABLE fuel_assets (
        asset_id     uuid             PRIMARY KEY,
        last_reading numeric          NOT NULL,
        samples      integer          NOT NULL,
        mean         double precision NOT NULL,
        m2           double precision NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE fuel_type_stats (
        vehicle_type text             PRIMARY KEY,
        samples      integer          NOT NULL,
        mean         double precision NOT NULL,
        m2           double precision NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS fuel_type_stats, fuel_assets, fuel_issues, fuel_ledgers`);
  }
}
