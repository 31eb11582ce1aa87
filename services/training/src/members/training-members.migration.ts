import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members as training knows them from personnel's topic. `training_member_facts` keeps every fact as it arrived
 * (keyed by event id, so a redelivery changes nothing; a transfer that arrives before the onboarding is kept and
 * counts once the onboarding arrives); `training_members` is the standing now and `training_member_periods` the
 * standing day by day, both recomputed from the facts, for reads on a past date.
 */
export class TrainingMembers1767590000100 implements MigrationInterface {
  readonly name = 'TrainingMembers1767590000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE training_member_facts (
        event_id        uuid        PRIMARY KEY,
        member_id       uuid        NOT NULL,
        stream_version  integer     NOT NULL,
        arrival         bigserial   NOT NULL,
        type            text        NOT NULL,
        data            jsonb       NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX training_member_facts_member ON training_member_facts (member_id, stream_version, arrival)`,
    );
    await queryRunner.query(`
      CREATE TABLE training_members (
        member_id   uuid        PRIMARY KEY,
        status      text        NOT NULL,
        centre_id   uuid,
        roles       text[]      NOT NULL,
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX training_members_centre ON training_members (centre_id, status)`);
    await queryRunner.query(`
      CREATE TABLE training_member_periods (
        member_id   uuid   NOT NULL,
        valid_from  date   NOT NULL,
        valid_until date,
        status      text   NOT NULL,
        centre_id   uuid,
        roles       text[] NOT NULL,
        PRIMARY KEY (member_id, valid_from)
      )`);
    await queryRunner.query(
      `CREATE INDEX training_member_periods_centre ON training_member_periods (centre_id, valid_from)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE training_member_periods`);
    await queryRunner.query(`DROP TABLE training_members`);
    await queryRunner.query(`DROP TABLE training_member_facts`);
  }
}
