import { MigrationInterface, QueryRunner } from 'typeorm';

/** The first layout of the tree: a row per complete subtree and one per leaf (replaced by tiles below). */
async function createNodeTables(runner: QueryRunner): Promise<void> {
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
}

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
    await createNodeTables(runner);
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

/**
 * The tree as tiles (docs/audit.md, "Where the tree lives"): a row per 256 nodes instead of a row per node and one per
 * leaf, which the signer wrote beside every append. Carries the tree over from the tables it replaces.
 *
 * - `log_tiles`: every full tile (256 hashes of the nodes at tree level 8·level), only ever added to.
 * - `log_tile_edges`: the partial right-edge tile of each tile level, rewritten as the tree grows.
 * - `log_tile_starts`: the commit-order position of the first event of every leaf tile, from which an event's log
 *   index is counted (at most 255 events on) and the log topic is re-sent.
 */
export class VerifiableLogTiles1767225600401 implements MigrationInterface {
  readonly name = 'VerifiableLogTiles1767225600401';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE log_tiles (
        level  smallint NOT NULL CHECK (level >= 0),
        index  bigint   NOT NULL CHECK (index >= 0),
        hashes bytea    NOT NULL CHECK (length(hashes) = 8192),
        PRIMARY KEY (level, index)
      )`);
    await runner.query(`
      CREATE TABLE log_tile_edges (
        level  smallint PRIMARY KEY CHECK (level >= 0),
        index  bigint   NOT NULL CHECK (index >= 0),
        hashes bytea    NOT NULL CHECK (length(hashes) < 8192 AND length(hashes) % 32 = 0)
      )`);
    await runner.query(`
      CREATE TABLE log_tile_starts (
        index           bigint PRIMARY KEY,
        transaction_id  xid8   NOT NULL,
        global_position bigint NOT NULL,
        UNIQUE (transaction_id, global_position)
      )`);
    // Hashes do not compress: stored out of line without trying.
    for (const table of ['log_tiles', 'log_tile_edges']) {
      await runner.query(`ALTER TABLE ${table} ALTER COLUMN hashes SET STORAGE EXTERNAL`);
    }
    await runner.query(`
      INSERT INTO log_tiles (level, index, hashes)
      SELECT level / 8, index / 256, string_agg(hash, ''::bytea ORDER BY index)
        FROM log_tree_nodes WHERE level % 8 = 0
       GROUP BY level / 8, index / 256 HAVING count(*) = 256`);
    await runner.query(`
      INSERT INTO log_tile_edges (level, index, hashes)
      SELECT level / 8, index / 256, string_agg(hash, ''::bytea ORDER BY index)
        FROM log_tree_nodes WHERE level % 8 = 0
       GROUP BY level / 8, index / 256 HAVING count(*) < 256`);
    await runner.query(`
      INSERT INTO log_tile_starts (index, transaction_id, global_position)
      SELECT l.leaf_index / 256, e.transaction_id, e.global_position
        FROM log_leaves l JOIN events e ON e.id = l.event_id WHERE l.leaf_index % 256 = 0`);
    await runner.query(`DROP TABLE log_leaves`);
    await runner.query(`DROP TABLE log_tree_nodes`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE log_tile_starts, log_tile_edges, log_tiles`);
    // Back to an empty tree of the old layout, which the signer grows again from the first event: the same tree.
    await createNodeTables(runner);
    await runner.query(`UPDATE log_signer SET size = 0, transaction_id = '0', global_position = 0`);
  }
}

export const verifiableLogMigrations = [VerifiableLog1767225600400, VerifiableLogTiles1767225600401];
