import { hash } from 'node:crypto';
import {
  Subtree,
  Tile,
  TileBuilder,
  TILE_WIDTH,
  TreeFrontier,
  consistencyProofRanges,
  hashInTile,
  inclusionProofRanges,
  merkleRoot,
  rangeHash,
  subtreesFor,
  tileSpan,
} from './index';

const leaf = (n: number): Buffer => hash('sha256', `leaf ${n}`, 'buffer');

/** A tree of `size` leaves grown through a frontier, its nodes tiled, the builder's output stored as a service does. */
function tiledTree(size: number, restartEvery = Infinity) {
  const stored = new Map<string, Tile>();
  const store = ({ full, edges }: ReturnType<TileBuilder['take']>) => {
    for (const tile of [...full, ...edges]) stored.set(`${tile.level}:${tile.index}`, tile);
  };
  const edgesOf = () => {
    const edges = new Map<number, Tile>();
    for (const tile of stored.values()) {
      const current = edges.get(tile.level);
      if (!current || tile.index > current.index) edges.set(tile.level, tile);
    }
    return [...edges.values()];
  };
  const frontier = TreeFrontier.empty();
  let builder = new TileBuilder();
  for (let n = 0; n < size; n++) {
    for (const node of frontier.append(leaf(n))) builder.add(node);
    if ((n + 1) % restartEvery === 0) {
      // A batch committed; the next one starts from what was stored, as after a crash.
      store(builder.take());
      builder = new TileBuilder(edgesOf());
    }
  }
  store(builder.take());
  const lookup = (s: Subtree): Buffer => {
    const { tile, offset, count } = tileSpan(s);
    const found = stored.get(`${tile.level}:${tile.index}`);
    const h = found && hashInTile(found.hashes, offset, count);
    if (!h) throw new Error(`no tile holds subtree (${s.level}, ${s.index})`);
    return h;
  };
  return { stored, lookup, root: frontier.root() };
}

describe('the tree as tiles', () => {
  const leaves = (n: number) => Array.from({ length: n }, (_, i) => leaf(i));

  it('places a subtree in the tile of its base level, under a run of that tile’s hashes', () => {
    expect(tileSpan({ level: 0, index: 300 })).toEqual({ tile: { level: 0, index: 1 }, offset: 44, count: 1 });
    expect(tileSpan({ level: 7, index: 3 })).toEqual({ tile: { level: 0, index: 1 }, offset: 128, count: 128 });
    expect(tileSpan({ level: 8, index: 300 })).toEqual({ tile: { level: 1, index: 1 }, offset: 44, count: 1 });
    expect(tileSpan({ level: 10, index: 5 })).toEqual({ tile: { level: 1, index: 0 }, offset: 20, count: 4 });
  });

  it('writes a full tile per 256 nodes and one edge per level, and every proof of every size folds from them', () => {
    const size = 3 * TILE_WIDTH + 77;
    const { stored, lookup, root } = tiledTree(size);
    expect([...stored.values()].map((t) => [t.level, t.index, t.hashes.length / 32])).toEqual([
      [0, 0, 256],
      [0, 1, 256],
      [0, 2, 256],
      [0, 3, 77],
      [1, 0, 3],
    ]);
    const all = leaves(size);
    expect(rangeHash(0, size, lookup)).toEqual(root);
    for (const treeSize of [1, 2, 255, 256, 257, 511, 700, size]) {
      for (const [start, end] of [
        ...inclusionProofRanges(treeSize - 1, treeSize),
        ...inclusionProofRanges(Math.floor(treeSize / 3), treeSize),
        ...consistencyProofRanges(Math.ceil(treeSize / 2), size),
      ]) {
        expect(rangeHash(start, end, lookup)).toEqual(merkleRoot(all.slice(start, end)));
      }
    }
  });

  it('reaches the second tile level, and carries on from stored edges across batches', () => {
    const size = TILE_WIDTH * TILE_WIDTH + 3 * TILE_WIDTH + 5;
    const whole = tiledTree(size);
    const batched = tiledTree(size, 997);
    expect([...batched.stored.keys()].sort()).toEqual([...whole.stored.keys()].sort());
    for (const [key, tile] of whole.stored) expect(batched.stored.get(key)?.hashes).toEqual(tile.hashes);
    expect(whole.stored.get('1:0')?.hashes.length).toBe(TILE_WIDTH * 32);
    expect(whole.stored.get('2:0')?.hashes.length).toBe(32);
    for (const s of subtreesFor(inclusionProofRanges(size - 1, size))) {
      expect(whole.lookup(s)).toEqual(batched.lookup(s));
    }
    expect(rangeHash(0, size, batched.lookup)).toEqual(whole.root);
  });

  it('has no hash for a subtree the edge does not reach yet', () => {
    const { stored } = tiledTree(10);
    expect(hashInTile(stored.get('0:0')?.hashes as Buffer, 8, 4)).toBeUndefined();
    expect(hashInTile(stored.get('0:0')?.hashes as Buffer, 8, 2)).toBeDefined();
  });

  it('refuses a node that does not extend the edge', () => {
    const builder = new TileBuilder();
    builder.add({ level: 0, index: 0, hash: leaf(0) });
    expect(() => builder.add({ level: 0, index: 2, hash: leaf(2) })).toThrow(RangeError);
  });
});
