import { ConsistencyProof, PublicKeyEntry, SignedCheckpoint, keyIdOf, publicKeyOf } from './checkpoint';

/** One entry of a service's log: the Kafka log topic's message value and a line of the audit export. */
export interface LogEntry {
  readonly log: string;
  readonly logIndex: number;
  readonly id: string;
  readonly streamId: string;
  readonly streamType: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: object;
  readonly metadata: object;
  readonly occurredAt: string;
  /** Not hashed: when the database committed it. */
  readonly recordedAt: string;
  readonly hash: string;
  readonly previousHash: string | null;
}

/**
 * A dump line: its entries (a log topic's message holds one or more, one per line), and its Kafka message's key (the
 * log's name) when the line is kcat's -J envelope.
 */
export interface DumpLine {
  readonly entries: readonly LogEntry[];
  readonly key: string | null;
}

type Json = Record<string, unknown>;

const HEX_HASH = /^[0-9a-f]{64}$/;
const KEY_ID = /^[0-9a-f]{16}$/;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new SyntaxError(`${what} is not JSON`);
  }
}

/** kcat -J wraps each message: `{ "topic", "partition", "offset", "tstamp", "key", "payload": "<value text>" }`. */
function unwrapKcat(value: unknown, what: string): { payload: string | null; key: string | null } {
  if (isObject(value) && 'payload' in value && 'offset' in value) {
    if (typeof value['payload'] !== 'string') throw new TypeError(`${what}: the kcat message has no payload`);
    const key = typeof value['key'] === 'string' ? value['key'] : null;
    return { payload: value['payload'], key };
  }
  return { payload: null, key: null };
}

function field<T>(object: Json, name: string, check: (v: unknown) => v is T, expected: string, what: string): T {
  const value = object[name];
  if (!check(value)) throw new TypeError(`${what}: "${name}" must be ${expected}`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isPositive = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
const isInteger = (v: unknown): v is number => Number.isSafeInteger(v);
const isHash = (v: unknown): v is string => typeof v === 'string' && HEX_HASH.test(v);
const isHashOrNull = (v: unknown): v is string | null => v === null || isHash(v);

function toEntry(value: unknown, what: string): LogEntry {
  if (!isObject(value)) throw new TypeError(`${what}: a log entry is a JSON object`);
  const f = <T>(name: string, check: (v: unknown) => v is T, expected: string): T =>
    field(value, name, check, expected, what);
  return {
    log: f('log', isString, 'a string'),
    logIndex: f('logIndex', isIndex, 'a non-negative integer'),
    id: f('id', isString, 'a string'),
    streamId: f('streamId', isString, 'a string'),
    streamType: f('streamType', isString, 'a string'),
    streamVersion: f('streamVersion', isPositive, 'a positive integer'),
    type: f('type', isString, 'a string'),
    schemaVersion: f('schemaVersion', isInteger, 'an integer'),
    data: f('data', isObject, 'an object'),
    metadata: f('metadata', isObject, 'an object'),
    occurredAt: f('occurredAt', isString, 'a string'),
    recordedAt: f('recordedAt', isString, 'a string'),
    hash: f('hash', isHash, '64 lowercase hex digits'),
    previousHash: f('previousHash', isHashOrNull, '64 lowercase hex digits or null'),
  };
}

/**
 * A dump line: a `kcat -C -J` line, whose payload holds one or more entries' JSON texts, one per line; or a bare entry
 * line, as the audit export writes them. Throws on the first malformed entry.
 */
export function parseDumpLine(line: string): DumpLine {
  const value = parseJson(line, 'the line');
  const { payload, key } = unwrapKcat(value, 'the line');
  if (payload === null) return { entries: [toEntry(value, 'the entry')], key };
  const lines = payload.split('\n');
  const entries = lines.map((text, i) =>
    toEntry(parseJson(text, `the kcat payload's line ${i + 1}`), lines.length > 1 ? `entry ${i + 1}` : 'the entry'),
  );
  return { entries, key };
}

/** A log entry from a line of the audit export (one bare entry per line). */
export function parseLogLine(line: string): LogEntry {
  return toEntry(parseJson(line, 'the line'), 'the entry');
}

function toConsistency(value: unknown, what: string): ConsistencyProof | null {
  if (value === null || value === undefined) return null;
  if (!isObject(value)) throw new TypeError(`${what}: "consistency" must be an object or null`);
  const fromSize = field(value, 'fromSize', isIndex, 'a non-negative integer', `${what}: consistency`);
  const proof = value['proof'];
  if (!Array.isArray(proof) || !proof.every(isHash)) {
    throw new TypeError(`${what}: "consistency.proof" must be an array of 64-hex-digit hashes`);
  }
  return { fromSize, proof };
}

function toCheckpoint(value: unknown, what: string): SignedCheckpoint {
  if (!isObject(value)) throw new TypeError(`${what}: a checkpoint is a JSON object`);
  const f = <T>(name: string, check: (v: unknown) => v is T, expected: string): T =>
    field(value, name, check, expected, what);
  return {
    log: f('log', isString, 'a string'),
    size: f('size', isIndex, 'a non-negative integer'),
    root: f('root', isHash, '64 lowercase hex digits'),
    time: f('time', isString, 'a string'),
    keyId: f('keyId', isString, 'a string'),
    signature: f('signature', isString, 'a string'),
    consistency: toConsistency(value['consistency'], what),
  };
}

/**
 * Checkpoints from a file: a `{ "checkpoints": [ … ] }` document (GET /audit/log/checkpoints), a JSON array, or one
 * per line, bare or as `kcat -C -J` lines. Throws naming the line of the first malformed one.
 */
export function parseCheckpoints(text: string): SignedCheckpoint[] {
  const trimmed = text.trim();
  if (trimmed.length === 0) return [];
  let whole: unknown;
  try {
    whole = JSON.parse(trimmed);
  } catch {
    whole = undefined; // not one document: one checkpoint per line
  }
  if (isObject(whole) && Array.isArray(whole['checkpoints'])) {
    return whole['checkpoints'].map((c: unknown, i) => toCheckpoint(c, `checkpoint ${i + 1}`));
  }
  if (Array.isArray(whole)) return whole.map((c: unknown, i) => toCheckpoint(c, `checkpoint ${i + 1}`));
  return text.split('\n').flatMap((line, i) => {
    if (line.trim().length === 0) return [];
    const what = `line ${i + 1}`;
    const value = parseJson(line, what);
    const { payload } = unwrapKcat(value, what);
    return [toCheckpoint(payload === null ? value : parseJson(payload, `${what}: the kcat payload`), what)];
  });
}

/**
 * Public keys from a `{ "keys": [ … ] }` document (GET /audit/log/keys) or a JSON array of them; each keyId must be
 * its key's (a mislabelled key is an error, not a key to trust).
 */
export function parsePublicKeys(text: string): PublicKeyEntry[] {
  const whole = parseJson(text, 'the keys file');
  const list = isObject(whole) ? whole['keys'] : whole;
  if (!Array.isArray(list)) throw new TypeError('the keys file must be { "keys": [ … ] } or an array of keys');
  return list.map((value: unknown, i) => {
    const what = `key ${i + 1}`;
    if (!isObject(value)) throw new TypeError(`${what}: a key is a JSON object`);
    const entry: PublicKeyEntry = {
      name: field(value, 'name', isString, 'a string', what),
      keyId: field(value, 'keyId', (v): v is string => isString(v) && KEY_ID.test(v), '16 lowercase hex digits', what),
      publicKey: field(value, 'publicKey', isString, 'base64 of a raw 32-byte Ed25519 key', what),
    };
    let actual: string;
    try {
      actual = keyIdOf(publicKeyOf(entry));
    } catch {
      throw new TypeError(`${what}: "publicKey" must be base64 of a raw 32-byte Ed25519 key`);
    }
    if (actual !== entry.keyId) throw new TypeError(`${what} (${entry.name}): keyId ${entry.keyId} is not its key's`);
    return entry;
  });
}
