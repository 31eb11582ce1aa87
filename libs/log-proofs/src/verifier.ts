import { PublicKeyEntry, SignedCheckpoint, verifyCheckpointSignature } from './checkpoint';
import { LogEntry } from './dump';
import { chainHash, contentHash } from './event-hash';
import { TreeFrontier, leafHash, verifyConsistency } from './merkle';

/** One thing wrong with a log, its checkpoints or the dump; `code` is stable, `message` names where. */
export interface Finding {
  readonly code: string;
  readonly message: string;
  readonly log?: string;
  readonly streamId?: string;
  readonly streamVersion?: number;
  readonly logIndex?: number;
  /** The checkpoint's size, for findings about a checkpoint. */
  readonly size?: number;
}

export interface LogSummary {
  readonly log: string;
  readonly entries: number;
  readonly streams: number;
  readonly firstIndex: number | null;
  readonly lastIndex: number | null;
  /** MTH of the dump's entries in file order, hex. */
  readonly root: string;
  /** Checkpoints of this log with a valid signature. */
  readonly checkpoints: number;
  /** …of which the dump's entries reproduce the root. */
  readonly matching: number;
  /** The largest of them. */
  readonly latest: { readonly size: number; readonly time: string } | null;
}

export interface VerificationReport {
  readonly ok: boolean;
  readonly entries: number;
  readonly streams: number;
  readonly checkpoints: number;
  readonly findings: Finding[];
  readonly logs: LogSummary[];
}

export interface LogVerifierOptions {
  readonly keys: readonly PublicKeyEntry[];
  readonly checkpoints: readonly SignedCheckpoint[];
  /** Findings listed per code before the rest are only counted (a wholesale rewrite must not exhaust memory). */
  readonly maxFindingsPerCode?: number;
}

interface Gap {
  readonly from: number;
  readonly to: number;
}

/** Versions missing from a stream so far: reported at the end unless they turn up later (then out of order). */
interface VersionGap extends Gap {
  /** The position of version from-1, null when the stream's first version seen is to+1. */
  readonly afterIndex: number | null;
  /** The version seen right after the gap, and its position. */
  readonly nextVersion: number;
  readonly nextIndex: number;
}

interface StreamState {
  version: number;
  hash: string;
  logIndex: number;
  gaps: VersionGap[] | undefined;
}

interface CheckpointState {
  readonly cp: SignedCheckpoint;
  /** Undefined until the dump reaches its size (and forever when it never does). */
  matches: boolean | undefined;
}

interface LogState {
  readonly log: string;
  readonly frontier: TreeFrontier;
  readonly streams: Map<string, StreamState>;
  readonly ids: Set<string>;
  firstIndex: number | null;
  /** The largest position so far. */
  lastIndex: number | null;
  /** The position of the entry just before in the dump. */
  previousIndex: number | null;
  /** Positions skipped so far, ascending; a late entry fills its hole (and is out of order). */
  readonly missing: Gap[];
  /** Validly signed checkpoints, by size; `next` is the first the dump has not reached yet. */
  readonly checkpoints: CheckpointState[];
  next: number;
  /** The largest checkpoint so far that the dump matches. */
  lastMatched: CheckpointState | undefined;
}

const DEFAULT_MAX_FINDINGS_PER_CODE = 1000;

const named = (cp: SignedCheckpoint): string => `the checkpoint of ${cp.log} at size ${cp.size} (${cp.time})`;

/**
 * Checks one or more logs from their dumps and signed checkpoints, streaming: feed every entry in file order with
 * add(), then finish(). Memory: per stream its last version and hash, per log the ids seen, the tree's frontier and
 * the checkpoints; never the entries. The tree is built in file order (a dump out of order is reported, not sorted).
 */
export class LogVerifier {
  readonly #keys: readonly PublicKeyEntry[];
  readonly #logs = new Map<string, LogState>();
  readonly #findings: Finding[] = [];
  readonly #perCode = new Map<string, number>();
  readonly #max: number;
  readonly #checkpointCount: number;
  #entries = 0;

  constructor(options: LogVerifierOptions) {
    this.#keys = options.keys;
    this.#max = options.maxFindingsPerCode ?? DEFAULT_MAX_FINDINGS_PER_CODE;
    const distinct = new Map<string, SignedCheckpoint>();
    for (const cp of options.checkpoints) {
      distinct.set([cp.log, cp.size, cp.root, cp.time, cp.keyId, cp.signature].join('\n'), cp);
    }
    this.#checkpointCount = distinct.size;
    const valid = [...distinct.values()].filter((cp) => this.#signatureHolds(cp));
    valid.sort((a, b) => a.size - b.size || (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    for (const cp of valid) this.#state(cp.log).checkpoints.push({ cp, matches: undefined });
    for (const state of this.#logs.values()) {
      this.#checkForks(state);
      this.#checkProofs(state);
      this.#settle(state);
    }
  }

  /**
   * One dump entry, in file order. `expectedLog`: the log this dump holds (e.g. from its Kafka topic); an entry of
   * another log is reported and left out.
   */
  add(entry: LogEntry, expectedLog?: string): void {
    const { log, logIndex, streamId, streamVersion } = entry;
    if (expectedLog !== undefined && log !== expectedLog) {
      this.#find({
        code: 'wrong-log',
        message: `event ${entry.id} (stream ${streamId} version ${streamVersion}) at log position ${logIndex} belongs to ${log}, yet it is in the dump of ${expectedLog}`,
        log: expectedLog,
        streamId,
        streamVersion,
        logIndex,
      });
      return;
    }
    const state = this.#state(log);
    this.#entries++;
    this.#position(state, entry);
    if (state.ids.has(entry.id)) {
      // Its stream checks would only repeat this finding.
      this.#find({
        code: 'duplicate-event',
        message: `event ${entry.id} (stream ${streamId} version ${streamVersion}) appears again at log position ${logIndex}`,
        log,
        streamId,
        streamVersion,
        logIndex,
      });
    } else {
      state.ids.add(entry.id);
      this.#content(entry);
      this.#chain(state, entry);
    }
    state.frontier.append(leafHash(entry.hash));
    this.#settle(state);
  }

  /** A dump line that is not an entry at all (where: e.g. `personnel.jsonl:12`). */
  addMalformed(where: string, problem: string): void {
    this.#find({ code: 'malformed-entry', message: `${where}: ${problem}` });
  }

  finish(): VerificationReport {
    for (const state of this.#logs.values()) {
      this.#checkShorter(state);
      this.#checkByRecomputation(state);
      for (const gap of state.missing) {
        this.#find({
          code: 'missing-positions',
          message: `log ${state.log}: ${gap.from === gap.to ? `position ${gap.from} is` : `positions ${gap.from}–${gap.to} are`} missing from the dump`,
          log: state.log,
          logIndex: gap.from,
        });
      }
      for (const [streamId, stream] of state.streams) {
        for (const gap of stream.gaps ?? []) this.#versionGap(state.log, streamId, gap);
      }
    }
    for (const [code, count] of this.#perCode) {
      if (count > this.#max) {
        this.#findings.push({ code, message: `…and ${count - this.#max} more ${code} findings, not listed` });
      }
    }
    const logs = [...this.#logs.values()].map((s) => this.#summary(s));
    return {
      ok: this.#findings.length === 0,
      entries: this.#entries,
      streams: logs.reduce((sum, l) => sum + l.streams, 0),
      checkpoints: this.#checkpointCount,
      findings: [...this.#findings],
      logs,
    };
  }

  #find(finding: Finding): void {
    const count = (this.#perCode.get(finding.code) ?? 0) + 1;
    this.#perCode.set(finding.code, count);
    if (count <= this.#max) this.#findings.push(finding);
  }

  #state(log: string): LogState {
    let state = this.#logs.get(log);
    if (!state) {
      state = {
        log,
        frontier: TreeFrontier.empty(),
        streams: new Map(),
        ids: new Set(),
        firstIndex: null,
        lastIndex: null,
        previousIndex: null,
        missing: [],
        checkpoints: [],
        next: 0,
        lastMatched: undefined,
      };
      this.#logs.set(log, state);
    }
    return state;
  }

  #signatureHolds(cp: SignedCheckpoint): boolean {
    const check = verifyCheckpointSignature(cp, this.#keys);
    if (check.ok) return true;
    const owner = this.#keys.find((k) => k.keyId === cp.keyId)?.name;
    const message = {
      'unknown-key': `${named(cp)} is signed with key ${cp.keyId}, which is not among the known keys`,
      'bad-signature': `${named(cp)}: its signature does not verify with key ${cp.keyId} (altered or forged)`,
      'wrong-log': `${named(cp)} is signed with key ${cp.keyId}, which belongs to ${owner ?? '?'}`,
    }[check.reason];
    this.#find({ code: check.reason, message, log: cp.log, size: cp.size });
    return false;
  }

  #checkForks(state: LogState): void {
    const { checkpoints } = state;
    for (let i = 1; i < checkpoints.length; i++) {
      const a = (checkpoints[i - 1] as CheckpointState).cp;
      const b = (checkpoints[i] as CheckpointState).cp;
      if (a.size === b.size && a.root !== b.root) {
        this.#find({
          code: 'fork',
          message: `log ${state.log} has two signed checkpoints at size ${a.size} with different roots: ${a.root} (${a.time}) and ${b.root} (${b.time}); the log was forked`,
          log: state.log,
          size: a.size,
        });
      }
    }
  }

  /** Pairs of consecutive sizes: [earlier, later] for every checkpoint of each (several at one size are a fork). */
  #consecutivePairs(state: LogState): Array<readonly [CheckpointState, CheckpointState]> {
    const bySize = new Map<number, CheckpointState[]>();
    for (const c of state.checkpoints) bySize.set(c.cp.size, [...(bySize.get(c.cp.size) ?? []), c]);
    const groups = [...bySize.values()];
    return groups
      .slice(1)
      .flatMap((later, i) => (groups[i] as CheckpointState[]).flatMap((a) => later.map((b) => [a, b] as const)));
  }

  /** The embedded proofs from the previous checkpoint's size: a failing one means the two heads cannot both hold. */
  #checkProofs(state: LogState): void {
    for (const [a, b] of this.#consecutivePairs(state)) {
      const consistency = b.cp.consistency;
      if (consistency?.fromSize !== a.cp.size) continue;
      const proof = consistency.proof.map((h) => Buffer.from(h, 'hex'));
      const from = Buffer.from(a.cp.root, 'hex');
      if (!verifyConsistency(a.cp.size, b.cp.size, proof, from, Buffer.from(b.cp.root, 'hex'))) {
        this.#find({
          code: 'inconsistent-checkpoints',
          message: `${named(b.cp)} does not extend ${named(a.cp)}: its consistency proof fails (a fork, or a rewritten log)`,
          log: state.log,
          size: b.cp.size,
        });
      }
    }
  }

  /**
   * Without a proof from the previous size, the entries decide when they can: if they match the later checkpoint,
   * they are what it commits to, so an earlier checkpoint they do not match is not a prefix of it.
   */
  #checkByRecomputation(state: LogState): void {
    for (const [a, b] of this.#consecutivePairs(state)) {
      if (b.cp.consistency?.fromSize === a.cp.size) continue;
      if (a.matches === false && b.matches === true) {
        this.#find({
          code: 'inconsistent-checkpoints',
          message: `${named(b.cp)} does not extend ${named(a.cp)}: the dump matches the later one, so the earlier root is not a prefix of it`,
          log: state.log,
          size: b.cp.size,
        });
      }
    }
  }

  /** Compares every checkpoint the tree has just reached. */
  #settle(state: LogState): void {
    const size = state.frontier.size;
    const reached: CheckpointState[] = [];
    while (
      state.next < state.checkpoints.length &&
      (state.checkpoints[state.next] as CheckpointState).cp.size === size
    ) {
      reached.push(state.checkpoints[state.next++] as CheckpointState);
    }
    if (reached.length === 0) return;
    const root = state.frontier.root().toString('hex');
    for (const c of reached) {
      c.matches = c.cp.root === root;
      if (c.matches) continue;
      const previous = state.lastMatched?.cp;
      this.#find({
        code: 'root-mismatch',
        message:
          `${named(c.cp)} does not match the dump: its first ${size} entries give root ${root}, the checkpoint says ${c.cp.root}; ` +
          (previous
            ? `${named(previous)} still matches, so the change lies between log positions ${previous.size} and ${size - 1}`
            : `no smaller checkpoint matches, so the change lies between log positions 0 and ${size - 1}`),
        log: state.log,
        size: c.cp.size,
      });
    }
    state.lastMatched = reached.find((c) => c.matches) ?? state.lastMatched;
  }

  #checkShorter(state: LogState): void {
    const beyond = state.checkpoints.slice(state.next);
    const largest = beyond[beyond.length - 1];
    if (!largest) return;
    const size = state.frontier.size;
    const more = beyond.length - 1;
    const others = more > 0 ? ` (as do ${more} smaller checkpoint${more === 1 ? '' : 's'})` : '';
    this.#find({
      code: 'log-shorter',
      message: `${named(largest.cp)} covers ${largest.cp.size} entries, but the dump holds ${size}${others}: ${largest.cp.size - size} entries were deleted, or the dump is incomplete`,
      log: state.log,
      size: largest.cp.size,
    });
  }

  /**
   * Order is judged against the entry just before (one entry moved ahead is one finding, not one per entry it
   * jumped); holes against the largest position so far, and a late entry fills its hole.
   */
  #position(state: LogState, entry: LogEntry): void {
    const { logIndex } = entry;
    const previous = state.previousIndex;
    const largest = state.lastIndex;
    state.previousIndex = logIndex;
    if (largest === null || logIndex > largest) {
      const from = largest === null ? 0 : largest + 1;
      if (logIndex > from) state.missing.push({ from, to: logIndex - 1 });
      state.firstIndex ??= logIndex;
      state.lastIndex = logIndex;
    } else {
      this.#fillMissing(state.missing, logIndex);
    }
    if (previous === null || logIndex > previous) return;
    this.#find({
      code: 'position-order',
      message: `log ${state.log}: position ${logIndex} (stream ${entry.streamId} version ${entry.streamVersion}) comes right after position ${previous} in the dump; positions must increase`,
      log: state.log,
      streamId: entry.streamId,
      streamVersion: entry.streamVersion,
      logIndex,
    });
  }

  /** A late position is not missing after all: cut it out of its gap (binary search: gaps are ascending). */
  #fillMissing(missing: Gap[], index: number): void {
    let lo = 0;
    let hi = missing.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const gap = missing[mid] as Gap;
      if (index < gap.from) hi = mid - 1;
      else if (index > gap.to) lo = mid + 1;
      else {
        const parts = [
          { from: gap.from, to: index - 1 },
          { from: index + 1, to: gap.to },
        ].filter((g) => g.from <= g.to);
        missing.splice(mid, 1, ...parts);
        return;
      }
    }
  }

  #content(entry: LogEntry): void {
    if (chainHash(entry.previousHash, entry.streamVersion, contentHash(entry)) === entry.hash) return;
    this.#find({
      code: 'content-changed',
      message: `stream ${entry.streamId} version ${entry.streamVersion} at log position ${entry.logIndex}: its hash does not match its content (changed after it was written)`,
      log: entry.log,
      streamId: entry.streamId,
      streamVersion: entry.streamVersion,
      logIndex: entry.logIndex,
    });
  }

  #chain(state: LogState, entry: LogEntry): void {
    const { streamId, streamVersion: version, logIndex, previousHash } = entry;
    const where = { log: state.log, streamId, streamVersion: version, logIndex };
    const stream = state.streams.get(streamId);
    if (!stream) {
      const gaps =
        version > 1 ? [{ from: 1, to: version - 1, afterIndex: null, nextVersion: version, nextIndex: logIndex }] : [];
      if (version === 1 && previousHash !== null) {
        this.#find({
          code: 'chain-broken',
          message: `stream ${streamId} version 1 at log position ${logIndex} has a previous hash, yet version 1 starts a stream`,
          ...where,
        });
      }
      state.streams.set(streamId, { version, hash: entry.hash, logIndex, gaps: gaps.length > 0 ? gaps : undefined });
      return;
    }
    if (version === stream.version + 1) {
      if (previousHash !== stream.hash) {
        this.#find({
          code: 'chain-broken',
          message: `stream ${streamId} version ${version} at log position ${logIndex} does not link to version ${stream.version} at log position ${stream.logIndex}: its previousHash is not that event's hash`,
          ...where,
        });
      }
    } else if (version > stream.version + 1) {
      const gap = { from: stream.version + 1, to: version - 1, afterIndex: stream.logIndex, nextVersion: version };
      (stream.gaps ??= []).push({ ...gap, nextIndex: logIndex });
    } else {
      this.#versionOrder(state.log, stream, entry);
      return; // the stream's head stays where it was
    }
    stream.version = version;
    stream.hash = entry.hash;
    stream.logIndex = logIndex;
  }

  #versionOrder(log: string, stream: StreamState, entry: LogEntry): void {
    const { streamId, streamVersion: version, logIndex } = entry;
    const gaps = stream.gaps ?? [];
    const at = gaps.findIndex((g) => g.from <= version && version <= g.to);
    const gap = gaps[at];
    const before = gap
      ? `version ${gap.nextVersion} at log position ${gap.nextIndex}`
      : `version ${stream.version} at log position ${stream.logIndex}`;
    if (gap) {
      // The versions after this one are still missing, now between it and the version after the gap.
      const parts = [
        { ...gap, to: version - 1 },
        { ...gap, from: version + 1, afterIndex: logIndex },
      ].filter((g) => g.from <= g.to);
      gaps.splice(at, 1, ...parts);
    }
    this.#find({
      code: 'version-order',
      message: `stream ${streamId}: ${before} comes before version ${version} at log position ${logIndex}`,
      log,
      streamId,
      streamVersion: version,
      logIndex,
    });
  }

  #versionGap(log: string, streamId: string, gap: VersionGap): void {
    const versions = gap.from === gap.to ? `version ${gap.from} is` : `versions ${gap.from}–${gap.to} are`;
    const next = `version ${gap.nextVersion} at log position ${gap.nextIndex}`;
    const context =
      gap.afterIndex === null
        ? `the stream starts with ${next}`
        : `version ${gap.from - 1} at log position ${gap.afterIndex} is followed by ${next}`;
    this.#find({
      code: 'version-gap',
      message: `stream ${streamId}: ${versions} missing (${context})`,
      log,
      streamId,
      streamVersion: gap.from,
      logIndex: gap.nextIndex,
    });
  }

  #summary(state: LogState): LogSummary {
    const latest = state.checkpoints[state.checkpoints.length - 1]?.cp;
    return {
      log: state.log,
      entries: state.frontier.size,
      streams: state.streams.size,
      firstIndex: state.firstIndex,
      lastIndex: state.lastIndex,
      root: state.frontier.root().toString('hex'),
      checkpoints: state.checkpoints.length,
      matching: state.checkpoints.filter((c) => c.matches === true).length,
      latest: latest ? { size: latest.size, time: latest.time } : null,
    };
  }
}
