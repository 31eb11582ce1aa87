import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The verifiable log (docs/audit.md): a Merkle tree over every event in commit order, and the signed checkpoints of
 * it. Kept beside `events`, written only by the log signer, off the append path.
 *
 * - `log_tree_nodes`: the hash of every complete subtree (level 0: the leaves), from which any root and proof is
 *   folded in O(log n) lookups.
 * - `log_leaves`: which event each leaf is (proofs are asked for by event id; the log topic is re-sent from it).
 * - `log_signer`: where the signer stands in commit order, and how much of the log and of its checkpoints Kafka has
 *   acknowledged.
 * - `log_checkpoints`: every signed tree head, with its consistency proof from the one before.
 * The runtime role may only read and add to the tree and the checkpoints (runtime-grants.ts).
 */
export class VerifiableLog1767225600400 implements MigrationInterface {
  readonly name = 'VerifiableLog1767225600400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE log_tree_nodes (
        level smallint NOT NULL CHECK (level >= 0),
        index bigint   NOT NULL CHECK (index >= 0),
        hash  bytea    NOT NULL,
        PRIMARY KEY (level, index)
      )`);
    await runner.query(`
      CREATE TABLE log_leaves (
        leaf_index bigint PRIMARY KEY,
        event_id   uuid   NOT NULL UNIQUE
      )`);
    await runner.query(`
      CREATE TABLE log_signer (
        singleton         boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
        size              bigint      NOT NULL DEFAULT 0,
        transaction_id    xid8        NOT NULL DEFAULT '0',
        global_position   bigint      NOT NULL DEFAULT 0,
        -- the log topic has every entry below this index, the checkpoint topic every checkpoint up to this size
        entries_published bigint      NOT NULL DEFAULT 0,
        checkpoints_published bigint  NOT NULL DEFAULT 0,
        updated_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`INSERT INTO log_signer DEFAULT VALUES`);
    await runner.query(`
      CREATE TABLE log_checkpoints (
        size        bigint PRIMARY KEY CHECK (size > 0),
        root        text   NOT NULL,
        -- exactly the signed text's time
        time        text   NOT NULL,
        key_id      text   NOT NULL,
        signature   text   NOT NULL,
        consistency jsonb
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['log_checkpoints', 'log_signer', 'log_leaves', 'log_tree_nodes']) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}

export const verifiableLogMigrations = [VerifiableLog1767225600400];
