import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certifications as compliance reads them: each one's events (`compliance_certifications`, the last version applied)
 * and its status day by day (`compliance_certification_periods`), so "what does this member lack" and "what expires
 * within N days" are answered on any past date from indexes.
 */
export class CertificationPeriods1767590000300 implements MigrationInterface {
  readonly name = 'CertificationPeriods1767590000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE compliance_certifications (
        certification_id uuid    PRIMARY KEY,
        version          integer NOT NULL,
        events           jsonb   NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE compliance_certification_periods (
        certification_id uuid NOT NULL,
        member_id        uuid NOT NULL,
        competency       text NOT NULL,
        valid_from       date NOT NULL,
        valid_until      date,
        status           text NOT NULL,
        expires_on       date,
        PRIMARY KEY (certification_id, valid_from)
      )`);
    await queryRunner.query(
      `CREATE INDEX compliance_periods_member ON compliance_certification_periods (member_id, competency, valid_from)`,
    );
    await queryRunner.query(
      `CREATE INDEX compliance_periods_expiring ON compliance_certification_periods (expires_on, valid_from)
        WHERE status = 'valid' AND expires_on IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE compliance_certification_periods`);
    await queryRunner.query(`DROP TABLE compliance_certifications`);
  }
}
