import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_ROLE_REQUIREMENTS } from '../../domain/default-role-requirements';

/**
 * What each role required and from which day: one row per version, `valid_until` null for the latest. The defaults
 * are seeded as in force since always, so compliance on any past date has requirements to check.
 */
export class RoleRequirements1767590000200 implements MigrationInterface {
  readonly name = 'RoleRequirements1767590000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE role_requirements (
        role          text        NOT NULL,
        competencies  text[]      NOT NULL,
        valid_from    date        NOT NULL,
        valid_until   date,
        reason        text,
        set_by        text,
        PRIMARY KEY (role, valid_from)
      )`);
    for (const [role, competencies] of Object.entries(DEFAULT_ROLE_REQUIREMENTS)) {
      await queryRunner.query(
        `INSERT INTO role_requirements (role, competencies, valid_from) VALUES ($1, $2, '-infinity')`,
        [role, competencies],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE role_requirements`);
  }
}
