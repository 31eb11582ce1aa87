import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Welford's running mean and variance as one SQL function, so that a fill's sample is added to an asset's or a
 * type's statistics in the statement that writes them: no read of the row into the service and back (a round trip
 * per fuel issue). A null sample (a flagged fill, a generator's) leaves the statistics as they are.
 */
export class FuelRunningStats1767400000700 implements MigrationInterface {
  readonly name = 'FuelRunningStats1767400000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION fuel_stats_with_sample(samples integer, mean double precision, m2 double precision,
                                             x double precision)
        RETURNS TABLE (samples integer, mean double precision, m2 double precision)
        LANGUAGE sql IMMUTABLE AS $$
          SELECT CASE WHEN x IS NULL THEN samples ELSE samples + 1 END,
                 CASE WHEN x IS NULL THEN mean ELSE mean + (x - mean) / (samples + 1) END,
                 CASE WHEN x IS NULL THEN m2 ELSE m2 + (x - mean) * (x - (mean + (x - mean) / (samples + 1))) END
        $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS fuel_stats_with_sample`);
  }
}
