import { KeyObject, createPublicKey, randomUUID } from 'node:crypto';
import {
  LogEntry,
  PublicKeyEntry,
  SignedCheckpoint,
  chainHash,
  consistencyProofRanges,
  contentHash,
  leafHash,
  merkleRoot,
  newSigningKey,
  publicKeyEntry,
  signCheckpoint,
} from '@muster/log-proofs';

/**
 * A log and its signed checkpoints, made in a test as a service makes them (docs/audit.md's formats): entries of one
 * stream, hash-chained, in log order; each checkpoint carries its consistency proof from the previous one. `fork()`
 * copies the history up to a size and lets it grow differently, to show a witness two histories.
 */
export class TestLog {
  private readonly logEntries: LogEntry[] = [];
  private streamId = `member-${randomUUID()}`;
  private last: SignedCheckpoint | undefined;

  constructor(
    readonly log: string,
    readonly key: KeyObject = newSigningKey().privateKey,
  ) {}

  get publicKey(): PublicKeyEntry {
    return publicKeyEntry(this.log, createPublicKey(this.key));
  }

  /** The entries so far, as the service's audit export lists them. */
  get entries(): readonly LogEntry[] {
    return this.logEntries;
  }

  /** Appends `count` events to the log's one stream. */
  append(count: number): this {
    for (let i = 0; i < count; i++) {
      const previous = this.logEntries[this.logEntries.length - 1];
      const content = {
        id: randomUUID(),
        streamId: this.streamId,
        streamType: 'member',
        type: 'MemberNoted',
        schemaVersion: 1,
        data: { note: `entry ${this.logEntries.length}` },
        metadata: {},
        occurredAt: new Date().toISOString(),
      };
      const streamVersion = this.logEntries.length + 1;
      const previousHash = previous?.hash ?? null;
      this.logEntries.push({
        ...content,
        log: this.log,
        logIndex: this.logEntries.length,
        streamVersion,
        recordedAt: content.occurredAt,
        hash: chainHash(previousHash, streamVersion, contentHash(content)),
        previousHash,
      });
    }
    return this;
  }

  /** A signed checkpoint of the tree as it is, proving consistency with the previous one (if any). */
  checkpoint(time = new Date()): SignedCheckpoint {
    const size = this.logEntries.length;
    const consistency = this.last ? { fromSize: this.last.size, proof: this.proof(this.last.size, size) } : null;
    this.last = { ...this.signed(size, time), consistency };
    return this.last;
  }

  /** Another history sharing this one's first `size` entries, signed with the same key, its last checkpoint at `size`. */
  fork(size: number): TestLog {
    const other = new TestLog(this.log, this.key);
    other.streamId = this.streamId;
    other.logEntries.push(...this.logEntries.slice(0, size));
    if (size > 0) other.last = { ...this.signed(size, new Date()), consistency: null };
    return other;
  }

  private leaves(start: number, end: number): Buffer[] {
    return this.logEntries.slice(start, end).map((entry) => leafHash(entry.hash));
  }

  private signed(size: number, time: Date): SignedCheckpoint {
    const root = merkleRoot(this.leaves(0, size)).toString('hex');
    return signCheckpoint({ log: this.log, size, root, time: time.toISOString() }, this.key);
  }

  /** RFC 9162's PROOF(m, D[n]): the MTH of each range the core lib names, over this log's leaves. */
  private proof(fromSize: number, toSize: number): string[] {
    return consistencyProofRanges(fromSize, toSize).map(([start, end]) =>
      merkleRoot(this.leaves(start, end)).toString('hex'),
    );
  }
}
