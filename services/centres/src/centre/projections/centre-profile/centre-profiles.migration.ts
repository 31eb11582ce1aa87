import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The centre profile read model: one row per centre, the profile as the API shows it (`profile`, see CentreProfile)
 * plus the columns the list filters on. Its own shape, not the decider's state.
 */
export class CentreProfiles1767400000100 implements MigrationInterface {
  readonly name = 'CentreProfiles1767400000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE centre_profiles (
        centre_id    uuid    PRIMARY KEY,
        version      integer NOT NULL,
        code         text    NOT NULL,
        governorate  text    NOT NULL,
        status       text    NOT NULL,
        centre_type  text,
        profile      jsonb   NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX centre_profiles_list ON centre_profiles (governorate, status, code)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS centre_profiles`);
  }
}
