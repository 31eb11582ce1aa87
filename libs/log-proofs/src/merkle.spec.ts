import { hash } from 'node:crypto';
import {
  EMPTY_ROOT,
  Subtree,
  TreeFrontier,
  consistencyProofRanges,
  frontierSubtrees,
  inclusionProofRanges,
  leafHash,
  merkleRoot,
  nodeHash,
  rangeHash,
  rangeSubtrees,
  sha256Hex,
  subtreesFor,
  verifyConsistency,
  verifyInclusion,
} from './index';

const hex = (b: Buffer): string => b.toString('hex');
const unhex = (h: string): Buffer => Buffer.from(h, 'hex');
const rawLeaf = (input: Buffer): Buffer => hash('sha256', Buffer.concat([Buffer.from([0]), input]), 'buffer');

// RFC 6962's reference tree (the Certificate Transparency test data, as used by trillian and transparency-dev):
// arbitrary-length leaf inputs, so the leaves are hashed here rather than through leafHash (which takes event hashes).
const CT_LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f']
  .map(unhex)
  .map(rawLeaf);
const CT_ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const CT_INCLUSION: Array<[number, number, string[]]> = [
  [
    0,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    5,
    8,
    [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
];
const CT_CONSISTENCY: Array<[number, number, string[]]> = [
  [1, 1, []],
  [
    1,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    6,
    8,
    [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
  [
    2,
    5,
    [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  ],
];

/** An independent MTH: hash pairs level by level, an odd last node moves up unchanged (RFC 6962's tree, bottom up). */
function levelByLevelRoot(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return EMPTY_ROOT;
  let level = [...leaves];
  while (level.length > 1) {
    const up: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) {
      up.push(i + 1 < level.length ? nodeHash(level[i] as Buffer, level[i + 1] as Buffer) : (level[i] as Buffer));
    }
    level = up;
  }
  return level[0] as Buffer;
}

const MAX = 40;
const LEAVES = Array.from({ length: MAX }, (_, i) => leafHash(sha256Hex(`event ${i}`)));
const ROOTS = Array.from({ length: MAX + 1 }, (_, n) => merkleRoot(LEAVES.slice(0, n)));

/** Every complete subtree of the leaves, as the service's table would hold them. */
function subtreeTable(leaves: readonly Buffer[]): (s: Subtree) => Buffer {
  return (s) => {
    const start = s.index * 2 ** s.level;
    const end = start + 2 ** s.level;
    if (end > leaves.length) throw new Error(`subtree (${s.level}, ${s.index}) is not complete`);
    return merkleRoot(leaves.slice(start, end));
  };
}

const proofOf = (ranges: ReadonlyArray<readonly [number, number]>, leaves: readonly Buffer[]): Buffer[] =>
  ranges.map(([a, b]) => rangeHash(a, b, subtreeTable(leaves)));

/** The PATH and PROOF of RFC 9162, written from its definitions over the hashes themselves. */
function rfcPath(m: number, leaves: readonly Buffer[]): Buffer[] {
  const n = leaves.length;
  if (n === 1) return [];
  let k = 1;
  while (k * 2 < n) k *= 2;
  return m < k
    ? [...rfcPath(m, leaves.slice(0, k)), merkleRoot(leaves.slice(k))]
    : [...rfcPath(m - k, leaves.slice(k)), merkleRoot(leaves.slice(0, k))];
}

function rfcSubproof(m: number, leaves: readonly Buffer[], whole: boolean): Buffer[] {
  const n = leaves.length;
  if (m === n) return whole ? [] : [merkleRoot(leaves)];
  let k = 1;
  while (k * 2 < n) k *= 2;
  return m <= k
    ? [...rfcSubproof(m, leaves.slice(0, k), whole), merkleRoot(leaves.slice(k))]
    : [...rfcSubproof(m - k, leaves.slice(k), false), merkleRoot(leaves.slice(0, k))];
}

function flipped(proof: readonly Buffer[], at: number): Buffer[] {
  return proof.map((p, i) => {
    if (i !== at) return p;
    const copy = Buffer.from(p);
    copy[0] = (copy[0] as number) ^ 1;
    return copy;
  });
}

describe('RFC 6962 test vectors', () => {
  it('gives the reference roots for sizes 0..8', () => {
    for (let n = 0; n <= 8; n++) expect(hex(merkleRoot(CT_LEAVES.slice(0, n)))).toBe(CT_ROOTS[n]);
    expect(hex(EMPTY_ROOT)).toBe(CT_ROOTS[0]);
  });

  it('gives and verifies the reference inclusion proofs', () => {
    for (const [index, size, expected] of CT_INCLUSION) {
      const tree = CT_LEAVES.slice(0, size);
      expect(proofOf(inclusionProofRanges(index, size), tree).map(hex)).toEqual(expected);
      const root = unhex(CT_ROOTS[size] as string);
      expect(verifyInclusion(CT_LEAVES[index] as Buffer, index, size, expected.map(unhex), root)).toBe(true);
    }
  });

  it('gives and verifies the reference consistency proofs', () => {
    for (const [from, to, expected] of CT_CONSISTENCY) {
      expect(proofOf(consistencyProofRanges(from, to), CT_LEAVES.slice(0, to)).map(hex)).toEqual(expected);
      const [fromRoot, toRoot] = [unhex(CT_ROOTS[from] as string), unhex(CT_ROOTS[to] as string)];
      expect(verifyConsistency(from, to, expected.map(unhex), fromRoot, toRoot)).toBe(true);
    }
  });
});

describe('Merkle trees against brute force, sizes 0..40', () => {
  it('computes MTH as the level-by-level construction does', () => {
    for (let n = 0; n <= MAX; n++) expect(hex(ROOTS[n] as Buffer)).toBe(hex(levelByLevelRoot(LEAVES.slice(0, n))));
  });

  it('hashes leaves and nodes with the RFC 6962 prefixes', () => {
    const eventHash = sha256Hex('x');
    expect(hex(leafHash(eventHash))).toBe(hex(rawLeaf(unhex(eventHash))));
    const [a, b] = [LEAVES[0] as Buffer, LEAVES[1] as Buffer];
    expect(hex(nodeHash(a, b))).toBe(hash('sha256', Buffer.concat([Buffer.from([1]), a, b]), 'hex'));
    expect(() => leafHash('ABC')).toThrow(TypeError);
    expect(() => leafHash(eventHash.toUpperCase())).toThrow(TypeError);
  });

  it('gives every inclusion proof as RFC 9162 defines it, which verifies, and rejects tampering', () => {
    for (let n = 1; n <= MAX; n++) {
      const tree = LEAVES.slice(0, n);
      const root = ROOTS[n] as Buffer;
      for (let m = 0; m < n; m++) {
        const proof = proofOf(inclusionProofRanges(m, n), tree);
        expect(proof.map(hex)).toEqual(rfcPath(m, tree).map(hex));
        const leaf = tree[m] as Buffer;
        expect(verifyInclusion(leaf, m, n, proof, root)).toBe(true);
        for (let i = 0; i < proof.length; i++) expect(verifyInclusion(leaf, m, n, flipped(proof, i), root)).toBe(false);
        expect(verifyInclusion(leaf, m, n, [...proof, EMPTY_ROOT], root)).toBe(false);
        if (proof.length > 0) expect(verifyInclusion(leaf, m, n, proof.slice(0, -1), root)).toBe(false);
        if (n > 1) expect(verifyInclusion(tree[(m + 1) % n] as Buffer, m, n, proof, root)).toBe(false);
        expect(verifyInclusion(leaf, m, n, proof, ROOTS[n - 1] as Buffer)).toBe(false);
        expect(verifyInclusion(leaf, n, n, proof, root)).toBe(false);
        if (proof.length > 0)
          expect(verifyInclusion(leaf, m, n, [...proof.slice(1), Buffer.alloc(31)], root)).toBe(false);
      }
    }
  });

  it('gives every consistency proof as RFC 9162 defines it, which verifies, and rejects tampering', () => {
    for (let n = 1; n <= MAX; n++) {
      const tree = LEAVES.slice(0, n);
      for (let m = 1; m < n; m++) {
        const proof = proofOf(consistencyProofRanges(m, n), tree);
        expect(proof.map(hex)).toEqual(rfcSubproof(m, tree, true).map(hex));
        const [from, to] = [ROOTS[m] as Buffer, ROOTS[n] as Buffer];
        expect(verifyConsistency(m, n, proof, from, to)).toBe(true);
        for (let i = 0; i < proof.length; i++) expect(verifyConsistency(m, n, flipped(proof, i), from, to)).toBe(false);
        expect(verifyConsistency(m, n, [...proof, EMPTY_ROOT], from, to)).toBe(false);
        expect(verifyConsistency(m, n, proof.slice(0, -1), from, to)).toBe(false);
        expect(verifyConsistency(m, n, proof, ROOTS[m - 1] as Buffer, to)).toBe(false);
        expect(verifyConsistency(m, n, proof, from, ROOTS[n - 1] as Buffer)).toBe(false);
        expect(verifyConsistency(n, m, proof, to, from)).toBe(false);
        expect(verifyConsistency(m, n, [Buffer.alloc(31), ...proof.slice(1)], from, to)).toBe(false);
      }
    }
  });

  it('treats the empty tree and equal sizes as RFC 9162 does', () => {
    for (let n = 0; n <= MAX; n++) {
      const root = ROOTS[n] as Buffer;
      expect(consistencyProofRanges(0, n)).toEqual([]);
      expect(consistencyProofRanges(n, n)).toEqual([]);
      expect(verifyConsistency(0, n, [], EMPTY_ROOT, root)).toBe(true);
      expect(verifyConsistency(0, n, [root], EMPTY_ROOT, root)).toBe(false);
      expect(verifyConsistency(n, n, [], root, root)).toBe(true);
      expect(verifyConsistency(n, n, [root], root, root)).toBe(false);
      if (n > 0) {
        expect(verifyConsistency(0, n, [], root, root)).toBe(false);
        expect(verifyConsistency(n, n, [], root, ROOTS[n - 1] as Buffer)).toBe(false);
      }
    }
  });

  it('hashes every range of every proof from stored subtrees exactly as MTH of the slice', () => {
    for (let n = 1; n <= MAX; n++) {
      const ranges = [
        ...Array.from({ length: n }, (_, m) => inclusionProofRanges(m, n)).flat(),
        ...Array.from({ length: n }, (_, m) => consistencyProofRanges(m, n)).flat(),
      ];
      const lookup = subtreeTable(LEAVES.slice(0, n));
      for (const [a, b] of ranges) expect(hex(rangeHash(a, b, lookup))).toBe(hex(merkleRoot(LEAVES.slice(a, b))));
      const needed = subtreesFor(ranges);
      expect(new Set(needed.map((s) => `${s.level}:${s.index}`)).size).toBe(needed.length);
      const fetched = new Map(needed.map((s) => [`${s.level}:${s.index}`, lookup(s)]));
      for (const [a, b] of ranges) {
        expect(hex(rangeHash(a, b, (s) => fetched.get(`${s.level}:${s.index}`) as Buffer))).toBe(
          hex(merkleRoot(LEAVES.slice(a, b))),
        );
      }
    }
  });

  it('folds any range whose start is aligned to the largest power of two in its size, and refuses others', () => {
    const lookup = subtreeTable(LEAVES);
    for (let a = 0; a <= MAX; a++) {
      for (let b = a; b <= MAX; b++) {
        let width = 1;
        while (width * 2 <= b - a) width *= 2;
        if (b === a || a % width === 0) {
          expect(hex(rangeHash(a, b, lookup))).toBe(hex(merkleRoot(LEAVES.slice(a, b))));
        } else {
          expect(() => rangeSubtrees(a, b)).toThrow(RangeError);
        }
      }
    }
    expect(rangeSubtrees(8, 15)).toEqual([
      { level: 2, index: 2 },
      { level: 1, index: 6 },
      { level: 0, index: 14 },
    ]);
  });

  it('appends with a frontier: its roots, the subtrees it completes, and a frontier rebuilt from storage', () => {
    const frontier = TreeFrontier.empty();
    expect(hex(frontier.root())).toBe(hex(EMPTY_ROOT));
    const stored = new Map<string, Buffer>();
    for (let n = 1; n <= MAX; n++) {
      const completed = frontier.append(LEAVES[n - 1] as Buffer);
      expect(completed[0]).toEqual({ level: 0, index: n - 1, hash: LEAVES[n - 1] });
      for (const s of completed) {
        stored.set(`${s.level}:${s.index}`, s.hash);
        expect(hex(s.hash)).toBe(hex(subtreeTable(LEAVES)(s)));
      }
      expect(frontier.size).toBe(n);
      expect(hex(frontier.root())).toBe(hex(ROOTS[n] as Buffer));

      // Every complete subtree within the first n leaves has been handed out exactly by now.
      let complete = 0;
      for (let level = 0; 2 ** level <= n; level++) complete += Math.floor(n / 2 ** level);
      expect(stored.size).toBe(complete);

      const rebuilt = new TreeFrontier(
        n,
        frontierSubtrees(n).map((s) => stored.get(`${s.level}:${s.index}`) as Buffer),
      );
      expect(rebuilt.hashes().map(hex)).toEqual(frontier.hashes().map(hex));
      if (n < MAX) {
        rebuilt.append(LEAVES[n] as Buffer);
        expect(hex(rebuilt.root())).toBe(hex(ROOTS[n + 1] as Buffer));
      }
    }
    expect(() => new TreeFrontier(3, [EMPTY_ROOT])).toThrow(RangeError);
  });
});
