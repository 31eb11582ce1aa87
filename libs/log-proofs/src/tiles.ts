import { nodeHash, Subtree } from './merkle';

/**
 * The tree stored as tiles (after C2SP tlog-tiles): a tile of tile-level L and index N holds the hashes of the 256
 * complete subtrees at tree level 8·L with indices 256·N … 256·N + 255, concatenated. Every complete subtree of the
 * tree is folded from at most 128 hashes of one tile, so a service writes one row per 256 nodes instead of one per
 * node, and any proof still reads O(log n) rows. The tile of the right edge is partial: fewer than 256 hashes.
 */
export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 2 ** TILE_HEIGHT;
const HASH_BYTES = 32;

export interface TileRef {
  readonly level: number;
  readonly index: number;
}

export interface Tile extends TileRef {
  /** The tile's node hashes, 32 bytes each, in index order (fewer than 256 on the right edge). */
  readonly hashes: Buffer;
}

/** Where a complete subtree is folded from: its tile, and the run of that tile's hashes under it. */
export function tileSpan(subtree: Subtree): {
  readonly tile: TileRef;
  readonly offset: number;
  readonly count: number;
} {
  const level = Math.floor(subtree.level / TILE_HEIGHT);
  const count = 2 ** (subtree.level - level * TILE_HEIGHT);
  const first = subtree.index * count;
  return { tile: { level, index: Math.floor(first / TILE_WIDTH) }, offset: first % TILE_WIDTH, count };
}

/** The hash of the complete subtree over `count` (a power of two) consecutive tile hashes from `offset`. */
export function hashInTile(hashes: Buffer, offset: number, count: number): Buffer | undefined {
  if ((offset + count) * HASH_BYTES > hashes.length) return undefined;
  let level: Buffer[] = [];
  for (let i = offset; i < offset + count; i++) level.push(hashes.subarray(i * HASH_BYTES, (i + 1) * HASH_BYTES));
  while (level.length > 1) {
    const up: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) up.push(nodeHash(level[i] as Buffer, level[i + 1] as Buffer));
    level = up;
  }
  return level[0];
}

/**
 * Collects the completed subtrees of a growing tree (TreeFrontier.append) into tiles: the tiles completed since the
 * last take, and the right-edge tile of every tile-level that changed. Nodes arrive in index order per level.
 */
export class TileBuilder {
  readonly #edges = new Map<number, { index: number; hashes: Buffer[] }>();
  readonly #full: Tile[] = [];
  readonly #changed = new Set<number>();

  /** `edges`: the stored right-edge tiles (what take() returned as edges last time). */
  constructor(edges: readonly Tile[] = []) {
    for (const edge of edges) {
      const hashes: Buffer[] = [];
      for (let at = 0; at < edge.hashes.length; at += HASH_BYTES)
        hashes.push(edge.hashes.subarray(at, at + HASH_BYTES));
      this.#edges.set(edge.level, { index: edge.index, hashes });
    }
  }

  /** A completed subtree: kept if its level is a tile's base level, ignored otherwise. */
  add(node: Subtree & { readonly hash: Buffer }): void {
    if (node.level % TILE_HEIGHT !== 0) return;
    const level = node.level / TILE_HEIGHT;
    const index = Math.floor(node.index / TILE_WIDTH);
    const edge = this.#edges.get(level) ?? { index, hashes: [] };
    if (edge.index !== index || edge.hashes.length !== node.index % TILE_WIDTH) {
      throw new RangeError(`node (${node.level}, ${node.index}) does not extend the tile edge at level ${level}`);
    }
    edge.hashes.push(node.hash);
    if (edge.hashes.length === TILE_WIDTH) {
      this.#full.push({ level, index, hashes: Buffer.concat(edge.hashes) });
      this.#edges.set(level, { index: index + 1, hashes: [] });
    } else {
      this.#edges.set(level, edge);
    }
    this.#changed.add(level);
  }

  /** The tiles completed and the edges changed since the last take: what to store, in one transaction. */
  take(): { readonly full: Tile[]; readonly edges: Tile[] } {
    const full = this.#full.splice(0);
    const edges = [...this.#changed].map((level) => {
      const edge = this.#edges.get(level) as { index: number; hashes: Buffer[] };
      return { level, index: edge.index, hashes: Buffer.concat(edge.hashes) };
    });
    this.#changed.clear();
    return { full, edges };
  }
}
