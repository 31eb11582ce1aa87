import { chainHash, contentHash } from '@muster/log-proofs';
import { EVENT_COLUMNS, EventRow } from './event-rows';
import { SqlTransaction } from './sql';
import { StreamProblem, StreamVerification } from './types';

export interface StreamHead {
  readonly version: number;
  readonly last_hash: string | null;
}

export async function verifyStream(sql: SqlTransaction, streamId: string): Promise<StreamVerification> {
  const rows = await sql.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 ORDER BY stream_version`,
    [streamId],
  );
  const [head] = await sql.query<StreamHead>(`SELECT version, last_hash FROM streams WHERE stream_id = $1`, [streamId]);
  return inspectChain(streamId, rows, head);
}

/**
 * Walks a stream's stored rows (in version order) against their hash chain and the stream head, and names what was
 * done to them. Every row's hash covers its content, its version and its predecessor's hash, so:
 * - a row whose hash no longer matches its content, but which the chain still points to, was edited;
 * - a missing version, or a head ahead of the last row, means deleted rows;
 * - a row nothing points to, that its successor skips (or beyond the head), was inserted;
 * - a row whose hash matches only at the version its chain position implies was moved (reordered);
 * - any other broken link (e.g. a row rewritten with a recomputed hash) is a hash mismatch.
 * At most one problem is reported per row. A full rewrite of a stream's chain and head cannot be detected from
 * inside the database: anchor `streams.last_hash` elsewhere for that.
 */
export function inspectChain(
  streamId: string,
  rows: readonly EventRow[],
  head: StreamHead | undefined,
): StreamVerification {
  const problems: StreamProblem[] = [];
  const problem = (streamVersion: number, kind: StreamProblem['kind'], message: string): void => {
    problems.push({ streamVersion, kind, message });
  };
  const referenced = new Set<string>(rows.flatMap((row) => (row.previous_hash === null ? [] : [row.previous_hash])));
  if (head?.last_hash) referenced.add(head.last_hash);
  const chainVersions = versionsAlongChain(rows);

  let explained = false; // whether the previous row's problem already explains a broken link into this one
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    const next = rows[index + 1];
    const expectedVersion = (previous?.stream_version ?? 0) + 1;
    const rowContent = contentHash({
      id: row.id,
      streamId: row.stream_id,
      streamType: row.stream_type,
      type: row.type,
      schemaVersion: row.schema_version,
      data: row.data,
      metadata: row.metadata,
      occurredAt: row.occurred_at.toISOString(),
    });
    const selfConsistent = chainHash(row.previous_hash, row.stream_version, rowContent) === row.hash;
    const chainVersion = chainVersions.get(row);
    const unreferenced = !referenced.has(row.hash);
    const skippedBySuccessor =
      next !== undefined &&
      next.stream_version === row.stream_version + 1 &&
      next.previous_hash === (previous?.hash ?? null);
    const beyondHead = head !== undefined && row.stream_version > head.version;
    let explains = true;

    if (row.stream_version > expectedVersion) {
      problem(expectedVersion, 'deleted', `versions ${expectedVersion}..${row.stream_version - 1} are missing`);
    }
    if (unreferenced && (skippedBySuccessor || beyondHead)) {
      problem(row.stream_version, 'inserted', `event ${row.id} is not part of the stream's hash chain`);
    } else if (!selfConsistent) {
      if (
        chainVersion !== undefined &&
        chainVersion !== row.stream_version &&
        chainHash(row.previous_hash, chainVersion, rowContent) === row.hash
      ) {
        problem(row.stream_version, 'reordered', `event ${row.id} was recorded as version ${chainVersion}`);
      } else {
        problem(row.stream_version, 'edited', `event ${row.id} no longer matches its hash`);
      }
    } else if (row.previous_hash !== (previous?.hash ?? null) && row.stream_version === expectedVersion && !explained) {
      problem(row.stream_version, 'hash-mismatch', `event ${row.id} does not chain to version ${expectedVersion - 1}`);
    } else {
      explains = false;
    }
    explained = explains;
  });

  const last = rows.at(-1);
  const lastVersion = last?.stream_version ?? 0;
  if (!head) {
    if (last) problem(1, 'deleted', `the stream head is missing although ${rows.length} events exist`);
  } else if (head.version > lastVersion) {
    problem(lastVersion + 1, 'deleted', `versions ${lastVersion + 1}..${head.version} are missing at the end`);
  } else if (head.version === lastVersion && last && head.last_hash !== last.hash && !explained) {
    problem(lastVersion, 'hash-mismatch', `the stream head's last hash does not match version ${lastVersion}`);
  }
  return { streamId, ok: problems.length === 0, eventsChecked: rows.length, problems };
}

/** Each row's version as its hash chain implies it: following previous_hash links from the first event. */
function versionsAlongChain(rows: readonly EventRow[]): Map<EventRow, number> {
  const successors = new Map<string, EventRow[]>();
  for (const row of rows) {
    if (row.previous_hash !== null)
      successors.set(row.previous_hash, [...(successors.get(row.previous_hash) ?? []), row]);
  }
  const versions = new Map<EventRow, number>();
  const queue: [EventRow, number][] = rows.filter((row) => row.previous_hash === null).map((row) => [row, 1]);
  for (let index = 0; index < queue.length; index++) {
    const [row, version] = queue[index];
    if (versions.has(row)) continue;
    versions.set(row, version);
    for (const successor of successors.get(row.hash) ?? []) queue.push([successor, version + 1]);
  }
  return versions;
}
