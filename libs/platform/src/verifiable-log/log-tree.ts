import {
  consistencyProofRanges,
  frontierSubtrees,
  hashInTile,
  inclusionProofRanges,
  rangeHash,
  Subtree,
  subtreesFor,
  Tile,
  tileSpan,
  TILE_WIDTH,
  TreeFrontier,
} from '@muster/log-proofs';
import { Checkpoint, SqlTransaction as Sql } from '@muster/event-store';

interface TileRow {
  readonly level: number;
  readonly index: string;
  readonly hashes: Buffer;
}

const tileOf = (row: TileRow): Tile => ({ level: row.level, index: Number(row.index), hashes: row.hashes });

/**
 * The hashes of these complete subtrees, folded from their tiles (full or on the right edge, read in one statement so
 * both are of one commit); a subtree no tile reaches yet throws: the tree is not that far.
 */
async function storedSubtrees(sql: Sql, subtrees: readonly Subtree[]): Promise<(s: Subtree) => Buffer> {
  const wanted = new Map(subtrees.map((s) => tileSpan(s).tile).map((t) => [`${t.level}:${t.index}`, t]));
  const levels = [...wanted.values()].map((t) => t.level);
  const indexes = [...wanted.values()].map((t) => t.index);
  const rows = await sql.query<TileRow>(
    `SELECT t.level, t.index::text AS index, t.hashes
       FROM unnest($1::smallint[], $2::bigint[]) AS wanted(level, index)
       JOIN log_tiles t ON t.level = wanted.level AND t.index = wanted.index
     UNION ALL
     SELECT e.level, e.index::text AS index, e.hashes
       FROM unnest($1::smallint[], $2::bigint[]) AS wanted(level, index)
       JOIN log_tile_edges e ON e.level = wanted.level AND e.index = wanted.index`,
    [levels, indexes],
  );
  const tiles = new Map(rows.map((row) => [`${row.level}:${row.index}`, row.hashes]));
  return (s) => {
    const { tile, offset, count } = tileSpan(s);
    const hashes = tiles.get(`${tile.level}:${tile.index}`);
    const hash = hashes && hashInTile(hashes, offset, count);
    if (!hash) throw new Error(`the log tree has no node at level ${s.level}, index ${s.index}`);
    return hash;
  };
}

/** The proof's hashes: each range's subtree hash, folded from the stored tiles. */
async function proofOf(sql: Sql, ranges: ReadonlyArray<readonly [number, number]>): Promise<string[]> {
  const lookup = await storedSubtrees(sql, subtreesFor(ranges));
  return ranges.map(([start, end]) => rangeHash(start, end, lookup).toString('hex'));
}

export function inclusionProof(sql: Sql, leafIndex: number, treeSize: number): Promise<string[]> {
  return proofOf(sql, inclusionProofRanges(leafIndex, treeSize));
}

export function consistencyProof(sql: Sql, fromSize: number, toSize: number): Promise<string[]> {
  return proofOf(sql, consistencyProofRanges(fromSize, toSize));
}

/** The stored tree of this size: its right edge (what the next leaves are hashed onto) and its edge tiles. */
export async function loadTree(sql: Sql, size: number): Promise<{ frontier: TreeFrontier; edges: Tile[] }> {
  const subtrees = frontierSubtrees(size);
  const lookup = await storedSubtrees(sql, subtrees);
  const edges = await sql.query<TileRow>(`SELECT level, index::text AS index, hashes FROM log_tile_edges`);
  return { frontier: new TreeFrontier(size, subtrees.map(lookup)), edges: edges.map(tileOf) };
}

/**
 * Adds a batch's tiles (in the caller's transaction): the full ones, the edges that changed, and where each leaf tile
 * begun in it starts in commit order.
 */
export async function storeTiles(
  sql: Sql,
  tiles: { readonly full: readonly Tile[]; readonly edges: readonly Tile[] },
  starts: ReadonlyArray<{ readonly index: number; readonly position: Checkpoint }>,
): Promise<void> {
  const columns = (list: readonly Tile[]) => [
    list.map((t) => t.level),
    list.map((t) => t.index),
    list.map((t) => t.hashes),
  ];
  if (tiles.full.length > 0) {
    await sql.query(
      `INSERT INTO log_tiles (level, index, hashes) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])`,
      columns(tiles.full),
    );
  }
  if (tiles.edges.length > 0) {
    await sql.query(
      `INSERT INTO log_tile_edges (level, index, hashes) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])
       ON CONFLICT (level) DO UPDATE SET index = excluded.index, hashes = excluded.hashes`,
      columns(tiles.edges),
    );
  }
  if (starts.length > 0) {
    await sql.query(
      `INSERT INTO log_tile_starts (index, transaction_id, global_position)
       SELECT * FROM unnest($1::bigint[], $2::xid8[], $3::bigint[])`,
      [
        starts.map((s) => s.index),
        starts.map((s) => s.position.transactionId),
        starts.map((s) => s.position.globalPosition),
      ],
    );
  }
}

/**
 * An event's log index, counted from the start of its leaf tile in commit order; undefined when the event is not in
 * the tree of `size` (no such event, or not hashed in yet). Every bound is a constant or a lateral one, so each scan
 * starts at its key and stops after at most a tile's events, however many events one transaction appended.
 */
export async function leafIndexOf(sql: Sql, eventId: string, size: number): Promise<number | undefined> {
  const [event] = await sql.query<{ transaction_id: string; global_position: string }>(
    `SELECT transaction_id::text, global_position::text FROM events WHERE id = $1`,
    [eventId],
  );
  if (!event) return undefined;
  const [row] = await sql.query<{ log_index: string }>(
    `SELECT (tile.index * ${TILE_WIDTH} + run.n - 1)::text AS log_index
       FROM (SELECT s.index, s.transaction_id, s.global_position FROM log_tile_starts s
              WHERE (s.transaction_id, s.global_position) <= ($1::xid8, $2::bigint)
              ORDER BY s.transaction_id DESC, s.global_position DESC LIMIT 1) tile
       CROSS JOIN LATERAL (
         SELECT x.transaction_id, x.global_position,
                row_number() OVER (ORDER BY x.transaction_id, x.global_position) AS n
           FROM (SELECT e.transaction_id, e.global_position FROM events e
                  WHERE (e.transaction_id, e.global_position) >= (tile.transaction_id, tile.global_position)
                  ORDER BY e.transaction_id, e.global_position LIMIT ${TILE_WIDTH}) x) run
      WHERE (run.transaction_id, run.global_position) = ($1::xid8, $2::bigint)`,
    [event.transaction_id, event.global_position],
  );
  const index = row ? Number(row.log_index) : undefined;
  return index !== undefined && index < size ? index : undefined;
}
