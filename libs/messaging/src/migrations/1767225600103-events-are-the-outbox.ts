import { MigrationInterface, QueryRunner } from 'typeorm';
import { CreateOutbox1760000100000 } from './1760000100000-create-outbox';
import { OutboxCapture1767225600100 } from './1767225600100-outbox-capture';
import { UnpublishedStreams1767225600101 } from './1767225600101-unpublished-streams';
import { OutboxQuarantine1767225600102 } from './1767225600102-outbox-quarantine';

/**
 * The events table is the outbox: the relay reads `events` past its checkpoint, below the commit barrier, so an
 * append writes no second row and sends no NOTIFY (which serialised commits). This drops the outbox table, its
 * capture trigger and `outbox_source` (the relay is told its service, topic and unpublished stream types), and adds:
 *
 * - `relay_checkpoint`: the one relay leader's place in the (transaction_id, global_position) order, moved only after
 *   the broker acknowledged everything up to it. Started just before the oldest outbox row still unpublished (so
 *   nothing waiting is lost; what follows it and was already sent goes again, which consumers' inboxes absorb), or
 *   after the last event when nothing was waiting.
 * - `relay_quarantine`: events the broker can never take (over its message size limit), set aside with the reason
 *   for an operator instead of holding back every later event; the outbox's quarantined rows are carried over.
 */
export class EventsAreTheOutbox1767225600103 implements MigrationInterface {
  readonly name = 'EventsAreTheOutbox1767225600103';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE relay_checkpoint (
        singleton       boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
        transaction_id  xid8        NOT NULL,
        global_position bigint      NOT NULL,
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE relay_quarantine (
        event_id        uuid        PRIMARY KEY,
        stream_id       text        NOT NULL,
        global_position bigint      NOT NULL,
        reason          text        NOT NULL,
        quarantined_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      WITH waiting AS (
             SELECT e.transaction_id, e.global_position - 1 AS global_position
               FROM outbox o JOIN events e ON e.id = o.event_id
              WHERE o.published_at IS NULL AND o.quarantined_at IS NULL
              ORDER BY e.transaction_id, e.global_position LIMIT 1),
           last AS (
             SELECT transaction_id, global_position FROM events
              ORDER BY transaction_id DESC, global_position DESC LIMIT 1)
      INSERT INTO relay_checkpoint (transaction_id, global_position)
      SELECT coalesce((SELECT transaction_id FROM waiting), (SELECT transaction_id FROM last), '0'::xid8),
             coalesce((SELECT global_position FROM waiting), (SELECT global_position FROM last), 0)`);
    await runner.query(`
      INSERT INTO relay_quarantine (event_id, stream_id, global_position, reason, quarantined_at)
      SELECT o.event_id, o.stream_id, e.global_position, coalesce(o.last_error, 'quarantined by the outbox relay'),
             o.quarantined_at
        FROM outbox o JOIN events e ON e.id = o.event_id
       WHERE o.quarantined_at IS NOT NULL AND o.published_at IS NULL`);
    await runner.query(`DROP TRIGGER outbox_capture ON events`);
    await runner.query(`DROP FUNCTION outbox_capture`);
    await runner.query(`DROP TABLE outbox_source`);
    await runner.query(`DROP TABLE outbox`);
  }

  /** Back to an empty outbox with its trigger: what the old relay would have to publish is not reconstructed. */
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE relay_quarantine`);
    await runner.query(`DROP TABLE relay_checkpoint`);
    for (const migration of [
      new CreateOutbox1760000100000(),
      new OutboxCapture1767225600100(),
      new UnpublishedStreams1767225600101(),
      new OutboxQuarantine1767225600102(),
    ])
      await migration.up(runner);
  }
}
