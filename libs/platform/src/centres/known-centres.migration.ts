import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The centres this service knows, as the centres service announced them on its topic (a service that declares
 * `knowsCentres`). `stream_version` is the centre's last event seen here: an older one arriving late changes nothing.
 */
export class KnownCentres1767225600300 implements MigrationInterface {
  readonly name = 'KnownCentres1767225600300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE known_centres (
        centre_id       uuid        PRIMARY KEY,
        code            text,
        governorate     text,
        status          text        NOT NULL,
        status_since    date        NOT NULL,
        stream_version  integer     NOT NULL,
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE known_centres`);
  }
}
