/** What the scenarios need of an event store: the same operations, done each contender's own way. */
export interface Contender {
  /** Appends one event at the expected version (0: a new stream); 'conflict' when the stream has moved on. */
  append(streamId: string, expectedVersion: number): Promise<'ok' | 'conflict'>;
  /** The stream's current version: one indexed single-row read (what a writer does after a conflict). */
  head(streamId: string): Promise<number>;
  /** Untimed set-up for read-all: `events` events, `PRELOAD_BATCH` per append, each append on a new stream. */
  preload(events: number): Promise<void>;
  /** Reads every event from the start, `batchSize` per call, decoded as the store hands them out; returns the count. */
  readAll(batchSize: number): Promise<number>;
  close(): Promise<void>;
}

export const PRELOAD_BATCH = 100;
/**
 * Appends in flight while preloading (untimed). One: commit order then equals position order. emmett's global read
 * orders by transaction id but continues from the last global position, so after concurrent writers it re-reads
 * (or skips) events at page boundaries; seen here as 50,164 events read of 50,000 preloaded four at a time.
 */
export const PRELOAD_CONCURRENCY = 1;

/** Runs `count` jobs with at most `concurrency` at a time. */
export async function inParallel(
  count: number,
  concurrency: number,
  job: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count) {
      const index = next;
      next += 1;
      await job(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
}
