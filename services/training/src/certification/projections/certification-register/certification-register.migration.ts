import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The certification register read model: one row per certification, its view (see CertificationView) as JSON, and
 * the columns the sweep, enrolment and the lists look up — member, competency, issuing body, expiry, status.
 */
export class CertificationRegister1767600000200 implements MigrationInterface {
  readonly name = 'CertificationRegister1767600000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE training_certifications (
        certification_id uuid     PRIMARY KEY,
        version          integer  NOT NULL,
        member_id        uuid     NOT NULL,
        course_id        uuid     NOT NULL,
        competency       text     NOT NULL,
        issuing_body     text     NOT NULL,
        number           text     NOT NULL,
        issued_on        date     NOT NULL,
        expires_on       date,
        status           text     NOT NULL,
        view             jsonb    NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX training_certifications_member ON training_certifications (member_id, competency)`,
    );
    // The sweep's question: what is still valid or suspended with an expiry before the day.
    await queryRunner.query(
      `CREATE INDEX training_certifications_due ON training_certifications (expires_on)
        WHERE status IN ('valid', 'suspended') AND expires_on IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS training_certifications`);
  }
}
