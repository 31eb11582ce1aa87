import { KeyObject, createHash, createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import {
  PublicKeyEntry,
  SignedCheckpoint,
  consistencyProofRanges,
  leafHash,
  merkleRoot,
  publicKeyEntry,
  signCheckpoint,
} from '@muster/log-proofs';

/** A fresh Ed25519 key, and its base64 PKCS#8 DER (what LOG_SIGNING_KEY and WITNESS_SIGNING_KEY take). */
export function testSigningKey(): { readonly privateKey: KeyObject; readonly pkcs8Base64: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, pkcs8Base64: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64') };
}

/**
 * A log's Merkle tree and its signed checkpoints, made in a test as a service makes them: leaves are random event
 * hashes, each checkpoint carries its consistency proof from the previous one. `fork()` copies the history up to a
 * size and lets it grow differently, to show a witness two histories.
 */
export class TestLog {
  private readonly leaves: Buffer[] = [];
  private last: SignedCheckpoint | undefined;

  constructor(
    readonly log: string,
    readonly key: KeyObject = testSigningKey().privateKey,
  ) {}

  get publicKey(): PublicKeyEntry {
    return publicKeyEntry(this.log, createPublicKey(this.key));
  }

  /** Appends `count` entries (their hashes only: the tree covers nothing else). */
  append(count: number): this {
    for (let i = 0; i < count; i++)
      this.leaves.push(leafHash(createHash('sha256').update(randomBytes(16)).digest('hex')));
    return this;
  }

  /** A signed checkpoint of the tree as it is, proving consistency with the previous one (if any). */
  checkpoint(time = new Date()): SignedCheckpoint {
    const size = this.leaves.length;
    const signed = this.signed(size, time);
    const consistency = this.last ? { fromSize: this.last.size, proof: this.proof(this.last.size, size) } : null;
    this.last = { ...signed, consistency };
    return this.last;
  }

  /** Another history sharing this one's first `size` entries, signed with the same key, its last checkpoint at `size`. */
  fork(size: number): TestLog {
    const other = new TestLog(this.log, this.key);
    other.leaves.push(...this.leaves.slice(0, size));
    if (size > 0) other.last = { ...this.signed(size, new Date()), consistency: null };
    return other;
  }

  private signed(size: number, time: Date): SignedCheckpoint {
    const root = merkleRoot(this.leaves.slice(0, size)).toString('hex');
    return signCheckpoint({ log: this.log, size, root, time: time.toISOString() }, this.key);
  }

  /** RFC 9162's PROOF(m, D[n]): the MTH of each range the core lib names, over this tree's leaves. */
  private proof(fromSize: number, toSize: number): string[] {
    return consistencyProofRanges(fromSize, toSize).map(([start, end]) =>
      merkleRoot(this.leaves.slice(start, end)).toString('hex'),
    );
  }
}
