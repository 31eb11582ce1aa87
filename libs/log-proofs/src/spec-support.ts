import { KeyObject, generateKeyPairSync } from 'node:crypto';
import { PublicKeyEntry, SignedCheckpoint, publicKeyEntry, signCheckpoint } from './checkpoint';
import { LogEntry } from './dump';
import { chainHash, contentHash } from './event-hash';
import { consistencyProofRanges, leafHash, merkleRoot } from './merkle';

// Synthetic logs for the specs: chained entries as a service writes them, and checkpoints signed over them.

export const LOG = 'muster/personnel';

export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly entry: PublicKeyEntry;
}

export function signingKey(name = LOG): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, entry: publicKeyEntry(name, publicKey) };
}

const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const at = (n: number): string => new Date(Date.UTC(2026, 11, 2, 5, 0, 0, n)).toISOString();

/** The entry's hashes from its content, its version and its previous hash. */
export function sealed(entry: Omit<LogEntry, 'hash'>): LogEntry {
  return { ...entry, hash: chainHash(entry.previousHash, entry.streamVersion, contentHash(entry)) };
}

/** A log whose n-th entry belongs to streams[n], each stream's events chained version by version. */
export function chainedLog(streams: readonly string[], log = LOG): LogEntry[] {
  const heads = new Map<string, { version: number; hash: string }>();
  return streams.map((streamId, logIndex) => {
    const head = heads.get(streamId);
    const entry = sealed({
      log,
      logIndex,
      id: uuid(logIndex + 1),
      streamId,
      streamType: 'member',
      streamVersion: (head?.version ?? 0) + 1,
      type: head ? 'MemberDetailsCorrected' : 'MemberApplied',
      schemaVersion: 1,
      data: { callSign: `Falcon-${logIndex}`, note: 'naïve "quoted" text\n', roles: ['rescuer'] },
      metadata: { actorId: 'officer-1', actorRoles: ['hr'], correlationId: uuid(1000 + logIndex) },
      occurredAt: at(logIndex),
      recordedAt: at(logIndex + 1),
      previousHash: head?.hash ?? null,
    });
    heads.set(streamId, { version: entry.streamVersion, hash: entry.hash });
    return entry;
  });
}

/** Positions 0, 1, 2… in file order again (as a careful forger would leave them). */
export function renumbered(entries: readonly LogEntry[]): LogEntry[] {
  return entries.map((entry, logIndex) => ({ ...entry, logIndex }));
}

/** Every stream's versions and chain recomputed in file order (a forger who rewrites whole streams). */
export function rechained(entries: readonly LogEntry[]): LogEntry[] {
  const heads = new Map<string, { version: number; hash: string }>();
  return entries.map((entry) => {
    const head = heads.get(entry.streamId);
    const next = sealed({ ...entry, streamVersion: (head?.version ?? 0) + 1, previousHash: head?.hash ?? null });
    heads.set(entry.streamId, { version: next.streamVersion, hash: next.hash });
    return next;
  });
}

/** Checkpoints over the first `size` entries for each size, each with its consistency proof from the previous. */
export function checkpointsOver(
  entries: readonly LogEntry[],
  sizes: readonly number[],
  key: SigningKey,
  log = LOG,
): SignedCheckpoint[] {
  const leaves = entries.map((e) => leafHash(e.hash));
  return sizes.map((size, i) => {
    const cp = signCheckpoint(
      { log, size, root: merkleRoot(leaves.slice(0, size)).toString('hex'), time: at(60_000 * (i + 1)) },
      key.privateKey,
    );
    const previous = sizes[i - 1];
    if (previous === undefined) return cp;
    const proof = consistencyProofRanges(previous, size).map(([a, b]) =>
      merkleRoot(leaves.slice(a, b)).toString('hex'),
    );
    return { ...cp, consistency: { fromSize: previous, proof } };
  });
}

/** A `kcat -C -J` line for a message (an entry, or a checkpoint) as read from its topic. */
export function kcatLine(
  value: LogEntry | SignedCheckpoint | readonly LogEntry[],
  offset: number,
  topic = 'muster.personnel.log',
): string {
  // A log topic's message holds one or more entries, one per line.
  const values = Array.isArray(value) ? value : [value];
  return JSON.stringify({
    topic,
    partition: 0,
    offset,
    tstamp: 1796187600000 + offset,
    broker: 1,
    // The log's producer keys every message with the log's name.
    key: values[0]?.log,
    payload: values.map((v) => JSON.stringify(v)).join('\n'),
  });
}
