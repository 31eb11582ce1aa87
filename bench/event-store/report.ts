import { Machine } from './machine';
import { BenchOptions } from './options';
import { ContenderName, RelayResult, Sample } from './protocol';
import { median, summarize } from '../stats';

export type SamplesByContender = Map<ContenderName, Sample[]>;

export interface Measurements {
  /** By number of writers. */
  readonly append: Map<number, SamplesByContender>;
  readonly contention: Map<number, SamplesByContender>;
  readonly readAll: SamplesByContender;
  readonly relay: RelayResult[];
  /** One sample per run: appends at a steady rate, commit → delivery latency. */
  readonly publishLatency: Sample[];
}

export interface RunContext {
  readonly options: BenchOptions;
  readonly machine: Machine;
  readonly infrastructure: readonly string[];
  readonly startedAt: Date;
  readonly seconds: number;
  readonly loadBefore: string;
  readonly loadAfter: string;
}

const LABEL: Record<ContenderName, string> = {
  muster: 'Muster (relay publishing)',
  'muster-bare': 'Muster (nothing published)',
  emmett: 'emmett-postgresql 0.42',
  'emmett-forwarding': 'emmett + forwarder to Kafka',
  floor: 'floor (raw INSERT)',
  'floor-tailing': 'floor + barrier tailer to Kafka',
};

const rate = (sample: Sample): number => sample.events / sample.seconds;

function int(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–';
}

function cell(values: readonly number[]): string {
  if (values.length === 0) return '–';
  const { median: m, min, max } = summarize(values);
  return `**${int(m)}** (${int(min)}–${int(max)})`;
}

function ratio(numerator: number, denominator: number): string {
  return Number.isFinite(numerator) && Number.isFinite(denominator) && denominator > 0
    ? `${(numerator / denominator).toFixed(2)}×`
    : '–';
}

function medianRate(samples: SamplesByContender, contender: ContenderName): number {
  return median((samples.get(contender) ?? []).map(rate));
}

function ms(values: readonly (number | undefined)[]): string {
  const defined = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  return defined.length === 0 ? '–' : median(defined).toFixed(1);
}

/** Muster (as shipped, publishing) against each baseline, and Muster publishing nothing against the peer. */
const RATIOS: readonly { label: string; numerator: ContenderName; denominator: ContenderName }[] = [
  { label: 'Muster/emmett', numerator: 'muster', denominator: 'emmett' },
  { label: 'Muster/emmett forwarding', numerator: 'muster', denominator: 'emmett-forwarding' },
  { label: 'Muster unpublished/emmett', numerator: 'muster-bare', denominator: 'emmett' },
  { label: 'Muster/floor', numerator: 'muster', denominator: 'floor' },
  { label: 'Muster/floor tailing', numerator: 'muster', denominator: 'floor-tailing' },
];

function ratiosOf(contenders: readonly ContenderName[]): typeof RATIOS {
  return RATIOS.filter((r) => contenders.includes(r.numerator) && contenders.includes(r.denominator));
}

function appendSection(m: Measurements, contenders: readonly ContenderName[]): string[] {
  if (m.append.size === 0) return [];
  const ratios = ratiosOf(contenders);
  const lines = [
    '### Append, distinct streams (events/s; one event per append; median (min–max))',
    '',
    `| Writers | ${[...contenders.map((c) => LABEL[c]), ...ratios.map((r) => r.label)].join(' | ')} |`,
    `|---:|${[...contenders, ...ratios].map(() => '---:').join('|')}|`,
  ];
  for (const [writers, samples] of m.append) {
    const cells = [
      ...contenders.map((c) => cell((samples.get(c) ?? []).map(rate))),
      ...ratios.map((r) => ratio(medianRate(samples, r.numerator), medianRate(samples, r.denominator))),
    ];
    lines.push(`| ${writers} | ${cells.join(' | ')} |`);
  }
  lines.push('', "Append latency, median of the runs' p50 / p99 (ms):", '');
  lines.push(
    `| Writers | ${contenders.map((c) => LABEL[c]).join(' | ')} |`,
    `|---:|${contenders.map(() => '---:').join('|')}|`,
  );
  for (const [writers, samples] of m.append) {
    const latency = (c: ContenderName): string => {
      const s = samples.get(c) ?? [];
      return `${ms(s.map((x) => x.p50Ms))} / ${ms(s.map((x) => x.p99Ms))}`;
    };
    lines.push(`| ${writers} | ${contenders.map(latency).join(' | ')} |`);
  }
  return [...lines, ''];
}

function contentionSection(m: Measurements, contenders: readonly ContenderName[]): string[] {
  if (m.contention.size === 0) return [];
  const lines = [
    '### Append, contention: N writers on ONE stream, optimistic concurrency, retry on conflict',
    '',
    '| Writers | Contender | Successful appends/s | Conflicts per success | p50 / p99 ms (retries included) |',
    '|---:|---|---:|---:|---:|',
  ];
  for (const [writers, samples] of m.contention) {
    for (const c of contenders) {
      const s = samples.get(c) ?? [];
      if (s.length === 0) continue;
      const conflicts = median(s.map((x) => (x.conflicts ?? 0) / Math.max(1, x.events)));
      lines.push(
        `| ${writers} | ${LABEL[c]} | ${cell(s.map(rate))} | ${conflicts.toFixed(2)} | ` +
          `${ms(s.map((x) => x.p50Ms))} / ${ms(s.map((x) => x.p99Ms))} |`,
      );
    }
    const ratios = ratiosOf(contenders).map(
      (r) => `${r.label} ${ratio(medianRate(samples, r.numerator), medianRate(samples, r.denominator))}`,
    );
    if (ratios.length > 0) lines.push(`| ${writers} | *ratios* | ${ratios.join(', ')} | | |`);
  }
  return [...lines, ''];
}

function readSection(m: Measurements, contenders: readonly ContenderName[], options: BenchOptions): string[] {
  if (m.readAll.size === 0) return [];
  // muster and muster-bare read the same way; the read-all fixture is opened as 'muster-bare'.
  const readers = contenders.filter((c) => m.readAll.has(c));
  const muster = medianRate(m.readAll, 'muster-bare');
  const lines = [
    `### Read-all (events/s; ${options.readEvents.toLocaleString('en-US')} events from the start, ` +
      `${options.readBatch} per call)`,
    '',
    '| Contender | Events/s | Muster ÷ this |',
    '|---|---:|---:|',
  ];
  for (const c of readers) {
    const label = c === 'muster-bare' ? 'Muster `readAll`' : LABEL[c];
    lines.push(
      `| ${label} | ${cell((m.readAll.get(c) ?? []).map(rate))} | ${ratio(muster, medianRate(m.readAll, c))} |`,
    );
  }
  return [...lines, ''];
}

function relaySection(m: Measurements, options: BenchOptions): string[] {
  if (m.relay.length === 0) return [];
  const relay = m.relay.map((r) => rate(r.relay));
  const produce = m.relay.map((r) => rate(r.produce));
  const relaySteady = m.relay.map((r) => r.relay.steadyPerSecond ?? Number.NaN);
  const produceSteady = m.relay.map((r) => r.produce.steadyPerSecond ?? Number.NaN);
  return [
    `### Relay (events table → Kafka) vs raw kafkajs produce (${options.relayMessages.toLocaleString('en-US')} messages, ` +
      `batches of ${options.relayBatch})`,
    '',
    '| Measure | OutboxRelay (msg/s) | raw kafkajs produce (msg/s) | relay / raw |',
    '|---|---:|---:|---:|',
    `| End to end (connect → last ack) | ${cell(relay)} | ${cell(produce)} | ${ratio(median(relay), median(produce))} |`,
    `| Steady (first ack → last ack) | ${cell(relaySteady)} | ${cell(produceSteady)} | ` +
      `${ratio(median(relaySteady), median(produceSteady))} |`,
    '',
    `Paired per run (relay / raw, end to end): ${m.relay.map((r) => (rate(r.relay) / rate(r.produce)).toFixed(2)).join(', ')}`,
    '',
  ];
}

function publishLatencySection(m: Measurements, options: BenchOptions): string[] {
  if (m.publishLatency.length === 0) return [];
  const runs = m.publishLatency;
  return [
    `### Publication latency: commit → delivered to a consumer, appending ${options.latencyRate.toLocaleString('en-US')} ` +
      `events/s for ${options.latencySeconds} s (relay publishing, one event per append)`,
    '',
    '| Measure | Median of the runs | Each run |',
    '|---|---:|---|',
    `| Achieved appends/s | ${int(median(runs.map(rate)))} | ${runs.map((r) => int(rate(r))).join(', ')} |`,
    `| p50 ms | ${ms(runs.map((r) => r.p50Ms))} | ${runs.map((r) => ms([r.p50Ms])).join(', ')} |`,
    `| p99 ms | ${ms(runs.map((r) => r.p99Ms))} | ${runs.map((r) => ms([r.p99Ms])).join(', ')} |`,
    `| max ms | ${ms(runs.map((r) => r.maxMs))} | ${runs.map((r) => ms([r.maxMs])).join(', ')} |`,
    '',
  ];
}

export function renderReport(m: Measurements, context: RunContext): string {
  const { options, machine } = context;
  const contenders = options.contenders;
  return [
    `## Muster event store benchmark — ${context.startedAt.toISOString()}`,
    '',
    `- Command: \`npm run bench\` (runs=${options.runs} after 1 discarded warm-up, duration=${options.durationMs} ms, ` +
      `writers=${options.writers.join(',')}, contention writers=${options.contentionWriters.join(',')}, ` +
      `read events=${options.readEvents}, relay messages=${options.relayMessages}, pool size=${options.poolSize})`,
    `- Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB; Node ${machine.node}; ` +
      `PostgreSQL ${machine.postgres} (${machine.postgresSettings})`,
    `- Infrastructure: ${context.infrastructure.join('; ')}`,
    `- Commit: ${machine.commit}; total ${Math.round(context.seconds)} s; load average (1/5/15 min) ` +
      `before ${context.loadBefore}, after ${context.loadAfter}`,
    '',
    ...appendSection(m, contenders),
    ...contentionSection(m, contenders),
    ...readSection(m, contenders, options),
    ...relaySection(m, options),
    ...publishLatencySection(m, options),
  ].join('\n');
}
