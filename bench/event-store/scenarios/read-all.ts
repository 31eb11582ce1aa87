import { performance } from 'node:perf_hooks';
import { Contender } from '../contenders/contender';
import { Sample } from '../protocol';

/** The whole log from the start, `batchSize` events per call, as a catch-up projection reads it. */
export async function readAllOnce(contender: Contender, batchSize: number): Promise<Sample> {
  const started = performance.now();
  const events = await contender.readAll(batchSize);
  return { events, seconds: (performance.now() - started) / 1000 };
}
