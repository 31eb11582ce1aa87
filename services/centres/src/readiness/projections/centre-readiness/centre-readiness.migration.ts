import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The `centre-readiness` read model. `readiness_facts` is the log: one row per followed event (its id unique, so a
 * redelivery adds nothing), about one subject, dated by when it takes effect. `readiness_periods` is derived from it,
 * subject by subject: what held over `[valid_from, valid_to)`, so "on this date" is a range lookup.
 */
export class CentreReadiness1767400000200 implements MigrationInterface {
  readonly name = 'CentreReadiness1767400000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE readiness_facts (
        seq           bigserial   PRIMARY KEY,
        event_id      uuid        NOT NULL UNIQUE,
        source        text        NOT NULL,
        kind          text        NOT NULL,
        subject_id    text        NOT NULL,
        type          text        NOT NULL,
        at            timestamptz NOT NULL,
        stream_order  integer     NOT NULL,
        data          jsonb       NOT NULL,
        recorded_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX readiness_facts_subject ON readiness_facts (kind, subject_id, seq)`);
    await queryRunner.query(`CREATE INDEX readiness_facts_source ON readiness_facts (source, at)`);
    await queryRunner.query(`
      CREATE TABLE readiness_periods (
        kind            text        NOT NULL,
        subject_id      text        NOT NULL,
        valid_from      timestamptz NOT NULL,
        valid_to        timestamptz,
        centre_id       text,
        member_id       text,
        roles           text[]      NOT NULL,
        on_duty         boolean,
        competency      text,
        vehicle_type    text,
        vehicle_status  text,
        centre_status   text,
        centre_code     text,
        severity        text,
        PRIMARY KEY (kind, subject_id, valid_from)
      )`);
    await queryRunner.query(`CREATE INDEX readiness_periods_centre ON readiness_periods (kind, centre_id, valid_from)`);
    await queryRunner.query(
      `CREATE INDEX readiness_periods_certifications ON readiness_periods (member_id, competency, valid_from)
        WHERE kind = 'certification'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS readiness_periods`);
    await queryRunner.query(`DROP TABLE IF EXISTS readiness_facts`);
  }
}
