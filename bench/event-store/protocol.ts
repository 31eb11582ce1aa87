/** What the orchestrator (run.ts) asks a worker process to do, and what comes back. */

/**
 * muster: the store as services run it — every migration, no Node hooks, and the relay publishing the events table
 * to Kafka meanwhile, woken by each append (the production load); muster-bare: the event store alone, nothing
 * published (what publication costs); emmett: the peer; emmett-forwarding: the peer with a forwarder sending its log
 * to Kafka meanwhile (the fair peer of muster); floor: raw pg; floor-tailing: raw pg with a minimal barrier tailer
 * sending the rows to Kafka meanwhile (the publication floor).
 */
export const CONTENDERS = ['muster', 'muster-bare', 'emmett', 'emmett-forwarding', 'floor', 'floor-tailing'] as const;
export type ContenderName = (typeof CONTENDERS)[number];

export type WorkerName = 'muster' | 'emmett' | 'floor';

/** Each contender runs in a process of its own: emmett's pg type parsers are process-global, and heaps stay apart. */
export function workerOf(contender: ContenderName): WorkerName {
  return contender.startsWith('emmett') ? 'emmett' : contender.startsWith('floor') ? 'floor' : 'muster';
}

export type Task =
  | {
      readonly kind: 'open';
      readonly contender: ContenderName;
      readonly databaseUrl: string;
      readonly kafkaBrokers: string;
      readonly poolSize: number;
    }
  | { readonly kind: 'close'; readonly contender: ContenderName }
  | {
      readonly kind: 'append';
      readonly contender: ContenderName;
      readonly writers: number;
      readonly durationMs: number;
    }
  | {
      readonly kind: 'contention';
      readonly contender: ContenderName;
      readonly writers: number;
      readonly durationMs: number;
    }
  | { readonly kind: 'preload'; readonly contender: ContenderName; readonly events: number }
  | { readonly kind: 'read-all'; readonly contender: ContenderName; readonly batchSize: number }
  | {
      readonly kind: 'relay';
      readonly databaseUrl: string;
      readonly kafkaBrokers: string;
      readonly poolSize: number;
      readonly messages: number;
      readonly batchSize: number;
      readonly relayFirst: boolean;
    }
  | {
      readonly kind: 'publish-latency';
      readonly databaseUrl: string;
      readonly kafkaBrokers: string;
      readonly poolSize: number;
      readonly perSecond: number;
      readonly seconds: number;
    };

/** One timed measurement. `events` is what was done in `seconds` (successful appends, events read, messages acked). */
export interface Sample {
  readonly events: number;
  readonly seconds: number;
  readonly conflicts?: number;
  /** Per-operation latency quantiles in milliseconds (appends). */
  readonly p50Ms?: number;
  readonly p99Ms?: number;
  readonly maxMs?: number;
  /** Throughput from the first acknowledged batch to the last: connection set-up excluded (relay / produce). */
  readonly steadyPerSecond?: number;
}

export interface RelayResult {
  readonly relay: Sample;
  readonly produce: Sample;
}

export type TaskResult = Sample | RelayResult | { readonly setupSeconds: number } | null;

export interface Request {
  readonly id: number;
  readonly task: Task;
}

export type Response =
  | { readonly id: number; readonly ok: true; readonly result: TaskResult }
  | { readonly id: number; readonly ok: false; readonly error: string };
