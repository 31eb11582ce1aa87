import { MigrationInterface, QueryRunner } from 'typeorm';

/** The donor register read model: one row per donor, listed by English name. */
export class DonorRegister1767400000200 implements MigrationInterface {
  readonly name = 'DonorRegister1767400000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE donor_register (
        donor_id uuid    PRIMARY KEY,
        version  integer NOT NULL,
        name_ar  text    NOT NULL,
        name_en  text    NOT NULL,
        kind     text    NOT NULL,
        country  text    NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX donor_register_name ON donor_register (name_en, donor_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS donor_register`);
  }
}
