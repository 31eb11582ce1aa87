import { ExpectedVersion } from './types';

/** The stream moved on since the caller read it (or exists when the caller expected none). Maps to HTTP 409. */
export class ConcurrencyError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: ExpectedVersion,
    readonly currentVersion: number,
  ) {
    super(`Stream ${streamId} is at version ${currentVersion}, expected ${String(expectedVersion)}`);
    this.name = 'ConcurrencyError';
  }
}

/** An idempotency key already used for another stream: a client bug, never a retry. */
export class IdempotencyConflict extends Error {
  constructor(
    readonly idempotencyKey: string,
    readonly streamId: string,
    readonly usedForStreamId: string,
  ) {
    super(`Idempotency key ${idempotencyKey} was used for stream ${usedForStreamId}, not ${streamId}`);
    this.name = 'IdempotencyConflict';
  }
}
