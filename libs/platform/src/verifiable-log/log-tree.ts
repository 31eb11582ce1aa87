import {
  consistencyProofRanges,
  frontierSubtrees,
  inclusionProofRanges,
  rangeHash,
  Subtree,
  subtreesFor,
  TreeFrontier,
} from '@muster/log-proofs';
import { SqlTransaction as Sql } from '@muster/event-store';

/** The stored hashes of these complete subtrees, in one query; a missing one means the tree is not that far yet. */
async function storedSubtrees(sql: Sql, subtrees: readonly Subtree[]): Promise<(s: Subtree) => Buffer> {
  const rows = await sql.query<{ level: number; index: string; hash: Buffer }>(
    `SELECT n.level, n.index::text AS index, n.hash
       FROM unnest($1::smallint[], $2::bigint[]) AS wanted(level, index)
       JOIN log_tree_nodes n ON n.level = wanted.level AND n.index = wanted.index`,
    [subtrees.map((s) => s.level), subtrees.map((s) => s.index)],
  );
  const hashes = new Map(rows.map((row) => [`${row.level}:${row.index}`, row.hash]));
  return (s) => {
    const hash = hashes.get(`${s.level}:${s.index}`);
    if (!hash) throw new Error(`the log tree has no node at level ${s.level}, index ${s.index}`);
    return hash;
  };
}

/** The proof's hashes: each range's subtree hash, folded from the stored complete subtrees. */
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

/** The right edge of the stored tree of this size: what the next leaves are hashed onto. */
export async function loadFrontier(sql: Sql, size: number): Promise<TreeFrontier> {
  const subtrees = frontierSubtrees(size);
  const lookup = await storedSubtrees(sql, subtrees);
  return new TreeFrontier(size, subtrees.map(lookup));
}

/** Adds a batch of leaves and the subtrees they complete (in the caller's transaction). */
export async function storeLeaves(
  sql: Sql,
  firstIndex: number,
  eventIds: readonly string[],
  nodes: ReadonlyArray<Subtree & { readonly hash: Buffer }>,
): Promise<void> {
  await sql.query(
    `INSERT INTO log_leaves (leaf_index, event_id)
     SELECT $1::bigint + ordinality - 1, id FROM unnest($2::uuid[]) WITH ORDINALITY AS leaf(id, ordinality)`,
    [firstIndex, eventIds],
  );
  await sql.query(
    `INSERT INTO log_tree_nodes (level, index, hash) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])`,
    [nodes.map((n) => n.level), nodes.map((n) => n.index), nodes.map((n) => n.hash)],
  );
}
