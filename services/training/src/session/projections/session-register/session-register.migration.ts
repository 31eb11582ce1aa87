import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The session register read model: one row per session, its view (see SessionView) as JSON, and the columns the
 * lists filter on — course, centre, first day.
 */
export class SessionRegister1767600000300 implements MigrationInterface {
  readonly name = 'SessionRegister1767600000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE training_sessions (
        session_id uuid    PRIMARY KEY,
        version    integer NOT NULL,
        course_id  uuid    NOT NULL,
        centre_id  uuid    NOT NULL,
        starts_on  date    NOT NULL,
        view       jsonb   NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX training_sessions_centre ON training_sessions (centre_id, starts_on)`);
    await queryRunner.query(`CREATE INDEX training_sessions_course ON training_sessions (course_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS training_sessions`);
  }
}
