import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The member profile / roster read model: operational fields, and the member's current sealed identity reference
 * (ciphertext only, null once erased), never a clear identity. Its own columns (see MemberProfileRow), not the
 * decider's state. Dates are `YYYY-MM-DD` text, as the events carry them.
 */
export class MemberProfiles1767300000100 implements MigrationInterface {
  readonly name = 'MemberProfiles1767300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE member_profiles (
        member_id           uuid        PRIMARY KEY,
        version             integer     NOT NULL,
        call_sign           text        NOT NULL,
        status              text        NOT NULL,
        centre_id           text,
        preferred_centre_id text,
        roles               text[]      NOT NULL,
        applied_on          text,
        started_on          text,
        probation_ends_on   text,
        suspended_since     text,
        leave               jsonb,
        origin              jsonb,
        assignments         jsonb       NOT NULL,
        injuries            jsonb       NOT NULL,
        death               jsonb,
        departure           jsonb,
        identity_erased     boolean     NOT NULL DEFAULT false,
        identity_ref        jsonb
      )`);
    await queryRunner.query(`CREATE INDEX member_profiles_roster ON member_profiles (centre_id, status, call_sign)`);
    await queryRunner.query(`CREATE INDEX member_profiles_roles ON member_profiles USING gin (roles)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS member_profiles`);
  }
}
