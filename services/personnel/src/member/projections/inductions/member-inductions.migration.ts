import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inductions training reported done, by member (training's `InductionCompleted`): what probation confirmation waits
 * for. Keyed by member id alone, so a report arriving before personnel has heard of the member is kept, not lost.
 */
export class MemberInductions1767300000300 implements MigrationInterface {
  readonly name = 'MemberInductions1767300000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE member_inductions (
        member_id     uuid        PRIMARY KEY,
        completed_on  text        NOT NULL,
        event_id      uuid        NOT NULL,
        recorded_at   timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE member_inductions`);
  }
}
