import { MigrationInterface, QueryRunner } from 'typeorm';

/** The recognition cases read model: one row per case, its view as JSON, and the columns the lists filter on. */
export class RecognitionCases1767590000400 implements MigrationInterface {
  readonly name = 'RecognitionCases1767590000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE recognition_cases (
        case_id             uuid    PRIMARY KEY,
        version             integer NOT NULL,
        member_id           uuid    NOT NULL,
        intake_id           uuid    NOT NULL,
        receiving_centre_id uuid    NOT NULL,
        open                boolean NOT NULL,
        view                jsonb   NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX recognition_cases_intake ON recognition_cases (intake_id)`);
    await queryRunner.query(`CREATE INDEX recognition_cases_member ON recognition_cases (member_id)`);
    await queryRunner.query(`CREATE INDEX recognition_cases_centre ON recognition_cases (receiving_centre_id, open)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE recognition_cases`);
  }
}
