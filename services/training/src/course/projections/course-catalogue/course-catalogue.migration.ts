import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The course catalogue read model: one row per course, its view (see CourseView) as JSON, and the columns that
 * scheduling, enrolment and the lists look up — code, competency, retired.
 */
export class CourseCatalogue1767600000100 implements MigrationInterface {
  readonly name = 'CourseCatalogue1767600000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE training_courses (
        course_id  uuid     PRIMARY KEY,
        version    integer  NOT NULL,
        code       text     NOT NULL UNIQUE,
        competency text     NOT NULL,
        retired    boolean  NOT NULL,
        view       jsonb    NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX training_courses_competency ON training_courses (competency)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS training_courses`);
  }
}
