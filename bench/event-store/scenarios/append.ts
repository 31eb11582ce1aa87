import { performance } from 'node:perf_hooks';
import { Contender } from '../contenders/contender';
import { memberStreamId } from '../payload';
import { Sample } from '../protocol';
import { quantile } from '../../stats';

/**
 * `writers` concurrent writers, each appending one event at a time to a stream of its own at the version it knows
 * (optimistic concurrency checked, never failing), for `durationMs`. An append in flight at the deadline still
 * counts, and the clock stops when the last one returns.
 */
export async function appendDistinct(contender: Contender, writers: number, durationMs: number): Promise<Sample> {
  const latencies: number[] = [];
  let appended = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      const streamId = memberStreamId();
      let version = 0;
      while (performance.now() < deadline) {
        const before = performance.now();
        const outcome = await contender.append(streamId, version);
        if (outcome !== 'ok') throw new Error(`a writer on its own stream ${streamId} hit a conflict`);
        latencies.push(performance.now() - before);
        version += 1;
        appended += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { events: appended, seconds, p50Ms: quantile(latencies, 0.5), p99Ms: quantile(latencies, 0.99) };
}

/**
 * `writers` concurrent writers on ONE stream, each appending at the version it last saw. On a conflict it re-reads
 * the head (one indexed read, the same for every contender) and tries again. Counts successful appends and conflicts;
 * latency is per successful append, retries included.
 */
export async function appendContended(contender: Contender, writers: number, durationMs: number): Promise<Sample> {
  const streamId = memberStreamId();
  if ((await contender.append(streamId, 0)) !== 'ok') throw new Error('could not create the contended stream');
  const latencies: number[] = [];
  let appended = 0;
  let conflicts = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      let version = await contender.head(streamId);
      while (performance.now() < deadline) {
        const before = performance.now();
        for (;;) {
          const outcome = await contender.append(streamId, version);
          if (outcome === 'ok') break;
          conflicts += 1;
          version = await contender.head(streamId);
        }
        latencies.push(performance.now() - before);
        version += 1;
        appended += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const head = await contender.head(streamId);
  if (head !== appended + 1)
    throw new Error(`contended stream at version ${head}, but ${appended + 1} appends succeeded`);
  return { events: appended, seconds, conflicts, p50Ms: quantile(latencies, 0.5), p99Ms: quantile(latencies, 0.99) };
}
