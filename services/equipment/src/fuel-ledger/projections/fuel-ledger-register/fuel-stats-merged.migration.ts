import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two sets of running statistics merged (Chan et al.'s pairwise update of the mean and the sum of squared deviations),
 * so that a catch-up batch's fills of a type are added to its norm in one statement. One sample is the case of a set
 * of one, which is Welford's update: `fuel_stats_with_sample` becomes that case, and the two cannot drift apart.
 */
export class FuelStatsMerged1767400000800 implements MigrationInterface {
  readonly name = 'FuelStatsMerged1767400000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION fuel_stats_merged(samples integer, mean double precision, m2 double precision,
                                        more integer, more_mean double precision, more_m2 double precision)
        RETURNS TABLE (samples integer, mean double precision, m2 double precision)
        LANGUAGE sql IMMUTABLE AS $$
          SELECT samples + more,
                 CASE WHEN more = 0 THEN mean ELSE mean + (more_mean - mean) * more / (samples + more) END,
                 CASE WHEN more = 0 THEN m2
                      ELSE m2 + more_m2 + (more_mean - mean) ^ 2 * samples * more / (samples + more) END
        $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION fuel_stats_with_sample(samples integer, mean double precision, m2 double precision,
                                                        x double precision)
        RETURNS TABLE (samples integer, mean double precision, m2 double precision)
        LANGUAGE sql IMMUTABLE AS $$
          SELECT * FROM fuel_stats_merged(samples, mean, m2, CASE WHEN x IS NULL THEN 0 ELSE 1 END, coalesce(x, 0), 0)
        $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION fuel_stats_with_sample(samples integer, mean double precision, m2 double precision,
                                                        x double precision)
        RETURNS TABLE (samples integer, mean double precision, m2 double precision)
        LANGUAGE sql IMMUTABLE AS $$
          SELECT CASE WHEN x IS NULL THEN samples ELSE samples + 1 END,
                 CASE WHEN x IS NULL THEN mean ELSE mean + (x - mean) / (samples + 1) END,
                 CASE WHEN x IS NULL THEN m2 ELSE m2 + (x - mean) * (x - (mean + (x - mean) / (samples + 1))) END
        $$`);
    await queryRunner.query(`DROP FUNCTION fuel_stats_merged`);
  }
}
