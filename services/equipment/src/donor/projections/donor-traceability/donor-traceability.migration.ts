import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Donor traceability: the assets each donor funded (`donor_assets`), each asset's trace after every one of its events
 * (`donor_asset_history`, valid from the event's recording: the trace on a past date is the last one recorded by
 * then), and the fuel donors delivered (`donor_fuel`).
 */
export class DonorTraceability1767400000600 implements MigrationInterface {
  readonly name = 'DonorTraceability1767400000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE donor_assets (
        asset_id      uuid        PRIMARY KEY,
        donor_id      uuid        NOT NULL,
        kind          text        NOT NULL,
        label         jsonb       NOT NULL,
        registered_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX donor_assets_donor ON donor_assets (donor_id, kind, asset_id)`);
    await queryRunner.query(`
      CREATE TABLE donor_asset_history (
        seq        bigserial   PRIMARY KEY,
        event_id   uuid        NOT NULL UNIQUE,
        asset_id   uuid        NOT NULL,
        valid_from timestamptz NOT NULL,
        trace      jsonb       NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX donor_asset_history_asof ON donor_asset_history (asset_id, valid_from DESC, seq DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE donor_fuel (
        delivery_id  uuid        PRIMARY KEY,
        donor_id     uuid        NOT NULL,
        centre_id    uuid        NOT NULL,
        litres       numeric     NOT NULL,
        amount       numeric,
        currency     text,
        delivered_at timestamptz NOT NULL,
        recorded_at  timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX donor_fuel_donor ON donor_fuel (donor_id, recorded_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS donor_fuel, donor_asset_history, donor_assets`);
  }
}
