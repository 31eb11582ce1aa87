import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Free text about a member is sealed in their events since this version: the profile keeps only how an assignment
 * began (`onboarded` or `transferred`), so the clear transfer reasons copied there before are dropped, and so are the
 * member snapshots of the previous state shape (`member@1`), which held them too.
 */
export class AssignmentReasons1767300000650 implements MigrationInterface {
  readonly name = 'AssignmentReasons1767300000650';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE member_profiles SET assignments = (
        SELECT coalesce(
          jsonb_agg(
            CASE WHEN a->>'reason' = 'onboarded' THEN a ELSE jsonb_set(a, '{reason}', '"transferred"') END
            ORDER BY position
          ),
          '[]'::jsonb
        )
        FROM jsonb_array_elements(assignments) WITH ORDINALITY AS t(a, position)
      )
      WHERE EXISTS (
        SELECT 1 FROM jsonb_array_elements(assignments) a WHERE a->>'reason' NOT IN ('onboarded', 'transferred')
      )`);
    await queryRunner.query(`DELETE FROM snapshots WHERE snapshot_key = 'member@1'`);
  }

  async down(): Promise<void> {
    // The clear reasons are gone from the profile on purpose: they are not put back.
  }
}
