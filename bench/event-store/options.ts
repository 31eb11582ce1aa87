import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENDERS, ContenderName } from './protocol';

export const SCENARIOS = ['append', 'contention', 'read-all', 'relay', 'publish-latency'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface BenchOptions {
  /** Measured runs per data point; one more, the warm-up, is run first and discarded. */
  readonly runs: number;
  /** How long each append / contention run writes. */
  readonly durationMs: number;
  readonly writers: readonly number[];
  readonly contentionWriters: readonly number[];
  readonly readEvents: number;
  readonly readBatch: number;
  readonly relayMessages: number;
  readonly relayBatch: number;
  /** The steady append rate of the publication latency runs, and how long each lasts. */
  readonly latencyRate: number;
  readonly latencySeconds: number;
  /** Connections per contender (pg Pool `max`; TypeORM `poolSize`). 10 is pg's default and what services get. */
  readonly poolSize: number;
  readonly scenarios: readonly ScenarioName[];
  readonly contenders: readonly ContenderName[];
  readonly out: string;
}

const USAGE = `npm run bench -- [options]      (each also as an environment variable, e.g. BENCH_RUNS=3)
  --runs N                 measured runs per data point, after one discarded warm-up   (BENCH_RUNS, 5)
  --duration-ms N          length of each append / contention run                     (BENCH_DURATION_MS, 1000)
  --writers 1,8,32         concurrent writers on distinct streams                     (BENCH_WRITERS)
  --contention-writers 8   concurrent writers on one stream                           (BENCH_CONTENTION_WRITERS)
  --read-events N          events preloaded for read-all                              (BENCH_READ_EVENTS, 30000)
  --read-batch N           events per readAll call                                    (BENCH_READ_BATCH, 500)
  --relay-messages N       events published per relay run                             (BENCH_RELAY_MESSAGES, 5000)
  --relay-batch N          relay batch size = raw produce sendBatch size              (BENCH_RELAY_BATCH, 100)
  --latency-rate N         appends/s while timing commit → delivery                    (BENCH_LATENCY_RATE, 1000)
  --latency-seconds N      length of each publication latency run                     (BENCH_LATENCY_SECONDS, 5)
  --pool-size N            connections per contender                                  (BENCH_POOL_SIZE, 10)
  --scenarios a,b          of ${SCENARIOS.join(',')}                                   (BENCH_SCENARIOS)
  --contenders a,b         of ${CONTENDERS.join(',')}                         (BENCH_CONTENDERS)
  --out FILE               markdown report                                            (BENCH_OUT)`;

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a whole number > 0, not "${text}"\n${USAGE}`);
  return value;
}

function list<T extends string>(name: string, text: string, allowed: readonly T[]): T[] {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new Error(`${name}: unknown "${item}" (one of ${allowed.join(', ')})\n${USAGE}`);
    }
  }
  return items as T[];
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv, repoRoot: string): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      help: { type: 'boolean' },
      runs: { type: 'string' },
      'duration-ms': { type: 'string' },
      writers: { type: 'string' },
      'contention-writers': { type: 'string' },
      'read-events': { type: 'string' },
      'read-batch': { type: 'string' },
      'relay-messages': { type: 'string' },
      'relay-batch': { type: 'string' },
      'latency-rate': { type: 'string' },
      'latency-seconds': { type: 'string' },
      'pool-size': { type: 'string' },
      scenarios: { type: 'string' },
      contenders: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (values.help) return 'help';
  const pick = (flag: keyof typeof values, variable: string, fallback: string): string => {
    const given = values[flag];
    return typeof given === 'string' ? given : (env[variable] ?? fallback);
  };
  const numbers = (name: string, text: string): number[] => text.split(',').map((item) => positive(name, item.trim()));
  return {
    runs: positive('runs', pick('runs', 'BENCH_RUNS', '5')),
    durationMs: positive('duration-ms', pick('duration-ms', 'BENCH_DURATION_MS', '1000')),
    writers: numbers('writers', pick('writers', 'BENCH_WRITERS', '1,8,32')),
    contentionWriters: numbers('contention-writers', pick('contention-writers', 'BENCH_CONTENTION_WRITERS', '8')),
    readEvents: positive('read-events', pick('read-events', 'BENCH_READ_EVENTS', '30000')),
    readBatch: positive('read-batch', pick('read-batch', 'BENCH_READ_BATCH', '500')),
    relayMessages: positive('relay-messages', pick('relay-messages', 'BENCH_RELAY_MESSAGES', '5000')),
    relayBatch: positive('relay-batch', pick('relay-batch', 'BENCH_RELAY_BATCH', '100')),
    latencyRate: positive('latency-rate', pick('latency-rate', 'BENCH_LATENCY_RATE', '1000')),
    latencySeconds: positive('latency-seconds', pick('latency-seconds', 'BENCH_LATENCY_SECONDS', '5')),
    poolSize: positive('pool-size', pick('pool-size', 'BENCH_POOL_SIZE', '10')),
    scenarios: list('scenarios', pick('scenarios', 'BENCH_SCENARIOS', SCENARIOS.join(',')), SCENARIOS),
    contenders: list('contenders', pick('contenders', 'BENCH_CONTENDERS', CONTENDERS.join(',')), CONTENDERS),
    out: pick('out', 'BENCH_OUT', join(repoRoot, 'bench', 'event-store', 'results', 'latest.md')),
  };
}

export { USAGE };
