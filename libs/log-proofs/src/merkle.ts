import { hash } from 'node:crypto';

/**
 * The Merkle tree of RFC 9162 §2.1 with RFC 6962's hashing (SHA-256, 0x00 before a leaf, 0x01 before two children).
 * A leaf's input is the 32 bytes of an entry's chain hash. Sizes and indices are plain numbers: exact up to 2^53.
 */

const HASH_BYTES = 32;
const HEX_HASH = /^[0-9a-f]{64}$/;

// Scratch inputs reused by every call (hashing is synchronous): a verifier hashes a leaf and a node per entry, and
// fresh concatenations would be most of its garbage.
const leafInput = Buffer.alloc(1 + HASH_BYTES, 0x00);
const nodeInput = Buffer.alloc(1 + 2 * HASH_BYTES, 0x01);

/** MTH({}) = SHA-256 of the empty string. */
export const EMPTY_ROOT: Buffer = hash('sha256', Buffer.alloc(0), 'buffer');

/** The leaf hash of an entry: SHA-256(0x00 ‖ the 32 bytes of its lowercase hex `hash`). */
export function leafHash(eventHashHex: string): Buffer {
  // Buffer.from(hex) silently stops at the first bad digit: a malformed hash must not become a short leaf.
  if (!HEX_HASH.test(eventHashHex)) throw new TypeError('leafHash: an event hash is 64 lowercase hex digits');
  leafInput.write(eventHashHex, 1, 'hex');
  return hash('sha256', leafInput, 'buffer');
}

/** SHA-256(0x01 ‖ left ‖ right), for 32-byte children. */
export function nodeHash(left: Buffer, right: Buffer): Buffer {
  if (left.length !== HASH_BYTES || right.length !== HASH_BYTES) throw new RangeError('a child hash is 32 bytes');
  left.copy(nodeInput, 1);
  right.copy(nodeInput, 1 + HASH_BYTES);
  return hash('sha256', nodeInput, 'buffer');
}

/** The largest power of two strictly smaller than n (n ≥ 2): RFC 9162's split point k. */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** The largest power of two ≤ n (n ≥ 1). */
function largestPowerOfTwoUpTo(n: number): number {
  let k = 1;
  while (k * 2 <= n) k *= 2;
  return k;
}

function assertSize(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
}

/** MTH(D[n]) of RFC 9162 §2.1.1, straight from the definition. */
export function merkleRoot(leafHashes: readonly Buffer[]): Buffer {
  const mth = (start: number, end: number): Buffer => {
    const n = end - start;
    if (n === 1) return leafHashes[start] as Buffer;
    const k = splitPoint(n);
    return nodeHash(mth(start, start + k), mth(start + k, end));
  };
  return leafHashes.length === 0 ? EMPTY_ROOT : mth(0, leafHashes.length);
}

/** The complete subtree over leaves [index·2^level, (index+1)·2^level); level 0 is a leaf. */
export interface Subtree {
  readonly level: number;
  readonly index: number;
}

/**
 * [start, end) as complete subtrees, left to right: one per set bit of its size, largest first. Folding them from the
 * right (h = last; h = nodeHash(previous, h) …) is exactly RFC 9162's MTH(D[start:end]) when start is a multiple of
 * the largest power of two ≤ end - start (MTH splits off that power of two first, then the rest recursively).
 *
 * Every node of the RFC tree of any size satisfies this — a complete subtree [i·2^l, (i+1)·2^l), and every node on a
 * tree's right edge [a, size) — so every range of an inclusion or a consistency proof does. Any other range throws a
 * RangeError (its MTH is not a fold of stored complete subtrees). The empty range gives no subtrees.
 */
export function rangeSubtrees(start: number, end: number): Subtree[] {
  assertSize('start', start);
  assertSize('end', end);
  if (end < start) throw new RangeError(`range [${start}, ${end}) ends before it starts`);
  const size = end - start;
  if (size === 0) return [];
  if (start % largestPowerOfTwoUpTo(size) !== 0) {
    throw new RangeError(`range [${start}, ${end}) is not a node of an RFC 9162 tree`);
  }
  const subtrees: Subtree[] = [];
  let at = start;
  let level = 0;
  while (2 ** (level + 1) <= size) level++;
  for (; level >= 0; level--) {
    const width = 2 ** level;
    if (Math.floor(size / width) % 2 === 1) {
      subtrees.push({ level, index: at / width });
      at += width;
    }
  }
  return subtrees;
}

/** Folds subtree hashes as MTH does: the rightmost is the deepest. */
function foldRight(hashes: readonly Buffer[]): Buffer {
  if (hashes.length === 0) return EMPTY_ROOT;
  let root = hashes[hashes.length - 1] as Buffer;
  for (let i = hashes.length - 2; i >= 0; i--) root = nodeHash(hashes[i] as Buffer, root);
  return root;
}

/**
 * MTH(D[start:end]) from stored complete-subtree hashes (see rangeSubtrees for the ranges it accepts): exactly RFC
 * 9162's MTH for every range that appears in an inclusion or consistency proof.
 */
export function rangeHash(start: number, end: number, lookup: (s: Subtree) => Buffer): Buffer {
  return foldRight(
    rangeSubtrees(start, end).map((s) => {
      const h = lookup(s);
      if (h.length !== HASH_BYTES) throw new RangeError(`no 32-byte hash for subtree (${s.level}, ${s.index})`);
      return h;
    }),
  );
}

/** Every subtree the ranges need, once each: what to fetch before calling rangeHash on each range. */
export function subtreesFor(ranges: ReadonlyArray<readonly [number, number]>): Subtree[] {
  const seen = new Map<string, Subtree>();
  for (const [start, end] of ranges) {
    for (const s of rangeSubtrees(start, end)) seen.set(`${s.level}:${s.index}`, s);
  }
  return [...seen.values()];
}

/**
 * The ranges whose MTH form RFC 9162's PATH(m, D[n]) (§2.1.3.1), in its order: from the leaf's sibling up to the
 * root's other child.
 */
export function inclusionProofRanges(leafIndex: number, treeSize: number): Array<readonly [number, number]> {
  assertSize('leafIndex', leafIndex);
  assertSize('treeSize', treeSize);
  if (leafIndex >= treeSize) throw new RangeError(`leaf ${leafIndex} is not in a tree of size ${treeSize}`);
  const path = (m: number, start: number, end: number): Array<readonly [number, number]> => {
    const n = end - start;
    if (n === 1) return [];
    const k = splitPoint(n);
    return m < k
      ? [...path(m, start, start + k), [start + k, end]]
      : [...path(m - k, start + k, end), [start, start + k]];
  };
  return path(leafIndex, 0, treeSize);
}

/**
 * The ranges whose MTH form RFC 9162's PROOF(m, D[n]) (§2.1.4.1), in its order. Empty when m is 0 or m = n (nothing
 * to prove: the empty tree is a prefix of every tree, and a tree of itself).
 */
export function consistencyProofRanges(fromSize: number, toSize: number): Array<readonly [number, number]> {
  assertSize('fromSize', fromSize);
  assertSize('toSize', toSize);
  if (fromSize > toSize) throw new RangeError(`a tree of size ${fromSize} is not a prefix of one of size ${toSize}`);
  if (fromSize === 0 || fromSize === toSize) return [];
  const subproof = (m: number, start: number, end: number, whole: boolean): Array<readonly [number, number]> => {
    const n = end - start;
    if (m === n) return whole ? [] : [[start, end]];
    const k = splitPoint(n);
    return m <= k
      ? [...subproof(m, start, start + k, whole), [start + k, end]]
      : [...subproof(m - k, start + k, end, false), [start, start + k]];
  };
  return subproof(fromSize, 0, toSize, true);
}

/** RFC 9162 §2.1.3.2: whether `proof` shows the leaf at leafIndex in the tree of treeSize whose root is `root`. */
export function verifyInclusion(
  leaf: Buffer,
  leafIndex: number,
  treeSize: number,
  proof: readonly Buffer[],
  root: Buffer,
): boolean {
  if (!Number.isSafeInteger(leafIndex) || !Number.isSafeInteger(treeSize) || leafIndex < 0) return false;
  if (leafIndex >= treeSize || !allHashes([leaf, root, ...proof])) return false;
  // Plain numbers, not bit operators: those are 32-bit.
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/**
 * RFC 9162 §2.1.4.2: whether `proof` shows the tree of fromSize (root fromRoot) to be a prefix of the tree of toSize
 * (root toRoot). For fromSize 0 the proof must be empty and fromRoot the empty tree's; for equal sizes the proof
 * must be empty and the roots equal.
 */
export function verifyConsistency(
  fromSize: number,
  toSize: number,
  proof: readonly Buffer[],
  fromRoot: Buffer,
  toRoot: Buffer,
): boolean {
  if (!Number.isSafeInteger(fromSize) || !Number.isSafeInteger(toSize) || fromSize < 0 || fromSize > toSize) {
    return false;
  }
  if (!allHashes([fromRoot, toRoot, ...proof])) return false;
  if (fromSize === 0) return proof.length === 0 && fromRoot.equals(EMPTY_ROOT);
  if (fromSize === toSize) return proof.length === 0 && fromRoot.equals(toRoot);
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(fromSize) ? [fromRoot, ...proof] : [...proof];
  let fn = fromSize - 1;
  let sn = toSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0] as Buffer;
  let sr = path[0] as Buffer;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(fromRoot) && sr.equals(toRoot);
}

const allHashes = (hashes: readonly Buffer[]): boolean => hashes.every((h) => h.length === HASH_BYTES);

function isPowerOfTwo(n: number): boolean {
  return n > 0 && largestPowerOfTwoUpTo(n) === n;
}

/** The complete subtrees on the right edge of a tree of `size` leaves, largest (leftmost) first. */
export function frontierSubtrees(size: number): Subtree[] {
  return rangeSubtrees(0, size);
}

/**
 * The right edge of a growing tree: what the service keeps to append leaves and compute roots without reading the
 * whole tree back. Appending a leaf completes the subtrees it closes; the service stores each under (level, index).
 */
export class TreeFrontier {
  readonly #hashes: Buffer[];
  #size: number;

  /** `hashes`: the hashes of frontierSubtrees(size), in that order. */
  constructor(size: number, hashes: readonly Buffer[]) {
    const expected = frontierSubtrees(size).length;
    if (hashes.length !== expected) {
      throw new RangeError(`a tree of size ${size} has ${expected} frontier subtrees, not ${hashes.length}`);
    }
    if (hashes.some((h) => h.length !== HASH_BYTES)) throw new RangeError('frontier hashes are 32 bytes each');
    this.#size = size;
    this.#hashes = [...hashes];
  }

  static empty(): TreeFrontier {
    return new TreeFrontier(0, []);
  }

  get size(): number {
    return this.#size;
  }

  /** The frontier's hashes, in frontierSubtrees(size) order: what to persist to rebuild it with the constructor. */
  hashes(): Buffer[] {
    return [...this.#hashes];
  }

  /** Appends one leaf; returns the leaf (level 0) and every complete subtree it closes, smallest first. */
  append(leaf: Buffer): Array<Subtree & { hash: Buffer }> {
    if (leaf.length !== HASH_BYTES) throw new RangeError('a leaf hash is 32 bytes');
    let node = { level: 0, index: this.#size, hash: leaf };
    const completed = [node];
    // Each trailing 1 bit of the old size is a subtree of the same level as the node: they merge.
    for (let size = this.#size; size % 2 === 1; size = Math.floor(size / 2)) {
      const left = this.#hashes.pop() as Buffer;
      node = { level: node.level + 1, index: Math.floor(node.index / 2), hash: nodeHash(left, node.hash) };
      completed.push(node);
    }
    this.#hashes.push(node.hash);
    this.#size++;
    return completed;
  }

  /** MTH of every leaf appended so far. */
  root(): Buffer {
    return foldRight(this.#hashes);
  }
}
