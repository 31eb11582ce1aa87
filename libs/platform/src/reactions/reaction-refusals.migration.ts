import { MigrationInterface, QueryRunner } from 'typeorm';

/** Commands a reaction sent that the target's rules refused, kept so that a person can follow them up. */
export class ReactionRefusals1767225600200 implements MigrationInterface {
  readonly name = 'ReactionRefusals1767225600200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE reaction_refusals (
        reaction     text        NOT NULL,
        event_id     uuid        NOT NULL,
        event_type   text        NOT NULL,
        stream_id    text        NOT NULL,
        step         text        NOT NULL,
        code         text        NOT NULL,
        message      text        NOT NULL,
        refused_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (reaction, event_id, stream_id, step)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE reaction_refusals`);
  }
}
