import { readdirSync, readFileSync } from 'node:fs';

/** Order statistics of a few runs: the median is what the report leads with, min–max shows the spread. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summarize(values: readonly number[]): Summary {
  return {
    median: median(values),
    min: values.length === 0 ? Number.NaN : Math.min(...values),
    max: values.length === 0 ? Number.NaN : Math.max(...values),
    n: values.length,
  };
}

/** The q-quantile (0..1) of a latency sample, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

/**
 * The machine's busy CPU time so far, in seconds: every core and every process (Linux `/proc/stat`, in the kernel's
 * 1/100 s ticks). A run's cost in CPU is less bent than its throughput by when the scheduler happens to let it run.
 */
export function machineBusySeconds(): number {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n', 1)[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user + nice + system + irq + softirq + steal) / 100;
}

type ProcessKind = 'self' | 'postgres' | 'java';

/** Each process's busy CPU time so far, in seconds, by pid: this process, PostgreSQL's and the JVMs' (the broker). */
export function processCpuSeconds(): ReadonlyMap<number, { readonly kind: ProcessKind; readonly seconds: number }> {
  const processes = new Map<number, { kind: ProcessKind; seconds: number }>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited since the listing
    }
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const kind = Number(pid) === process.pid ? 'self' : comm === 'postgres' || comm === 'java' ? comm : undefined;
    if (!kind) continue;
    // After the command: state is field 3, utime 14 and stime 15 (1-based, man 5 proc).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    processes.set(Number(pid), { kind, seconds: (Number(fields[11]) + Number(fields[12])) / 100 });
  }
  return processes;
}

/**
 * Where a run's machine CPU went since `start` (a `processCpuSeconds()` reading): this process, PostgreSQL's, the
 * broker's. Per process, so that one exiting in between (a pooled connection closed) does not take the CPU of its whole
 * life off the sum: what it used since `start` is left out, and one started since counts whole.
 */
export function cpuSecondsSince(start: ReturnType<typeof processCpuSeconds>): Record<ProcessKind, number> {
  const sums = { self: 0, postgres: 0, java: 0 };
  for (const [pid, now] of processCpuSeconds()) sums[now.kind] += now.seconds - (start.get(pid)?.seconds ?? 0);
  return sums;
}
