/**
 * Muster's event store and outbox relay against baselines, on one PostgreSQL server and one Kafka broker:
 * `npm run bench [-- --help]`. Prints a markdown report and writes it to bench/event-store/results/latest.md.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Infrastructure, KAFKA_PASSWORDS_VARIABLE, REPO_ROOT, provideInfrastructure } from '@muster/infra';
import { databaseUrl, dropDatabase, ensureDatabase } from '@muster/postgres';
import { describeMachine, load } from './machine';
import { BenchOptions, USAGE, parseOptions } from './options';
import { ContenderName, RelayResult, Sample, WorkerName, workerOf } from './protocol';
import { Measurements, SamplesByContender, renderReport } from './report';
import { Worker } from './workers';

const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

/** Rotates the contenders' order each run, so none always goes first (or last) on a machine whose load drifts. */
function rotated<T>(items: readonly T[], by: number): T[] {
  const shift = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

class Bench {
  private readonly workers = new Map<WorkerName, Worker>();

  constructor(
    private readonly options: BenchOptions,
    private readonly infra: Infrastructure,
  ) {}

  private worker(contender: ContenderName): Worker {
    const name = workerOf(contender);
    let worker = this.workers.get(name);
    if (!worker) {
      worker = Worker.start(name);
      this.workers.set(name, worker);
    }
    return worker;
  }

  /** A fresh database on the run's server for one scenario and contender; dropped by the returned function. */
  private async freshDatabase(
    scenario: string,
    contender: string,
  ): Promise<{ url: string; drop: () => Promise<void> }> {
    const name = `muster_bench_${scenario}_${contender}_${randomBytes(3).toString('hex')}`.replace(/-/g, '_');
    const url = databaseUrl(this.infra.databaseUrl, name);
    await ensureDatabase(url);
    return { url, drop: () => dropDatabase(url) };
  }

  /** Opens each contender on its own fresh database, runs `measure` warm-up + runs times, closes and drops. */
  private async withContenders<T>(
    scenario: string,
    contenders: readonly ContenderName[],
    body: (run: ContenderRun) => Promise<T>,
  ): Promise<T> {
    const drops: Array<() => Promise<void>> = [];
    const opened: ContenderName[] = [];
    try {
      for (const contender of contenders) {
        const database = await this.freshDatabase(scenario, contender);
        drops.push(database.drop);
        const task = {
          kind: 'open',
          contender,
          databaseUrl: database.url,
          kafkaBrokers: this.infra.kafkaBrokers,
          poolSize: this.options.poolSize,
        } as const;
        await this.worker(contender).run(task);
        opened.push(contender);
      }
      return await body((contender, task) => this.worker(contender).run(task));
    } finally {
      for (const contender of opened) {
        await this.worker(contender)
          .run({ kind: 'close', contender })
          .catch((error: unknown) => log(`closing ${contender}: ${String(error)}`));
      }
      for (const drop of drops) await drop().catch((error: unknown) => log(`dropping a database: ${String(error)}`));
    }
  }

  /** Warm-up (discarded) then `runs` measured runs, contenders interleaved within each run. */
  private async repeat(
    label: string,
    contenders: readonly ContenderName[],
    measure: (contender: ContenderName) => Promise<Sample>,
  ): Promise<SamplesByContender> {
    const samples: SamplesByContender = new Map(contenders.map((c) => [c, []]));
    for (let run = 0; run <= this.options.runs; run += 1) {
      for (const contender of rotated(contenders, run)) {
        const sample = await measure(contender);
        const tag = run === 0 ? 'warm-up' : `run ${run}/${this.options.runs}`;
        const extra = sample.conflicts !== undefined ? `, ${sample.conflicts} conflicts` : '';
        log(
          `${label} ${contender} ${tag}: ${Math.round(sample.events / sample.seconds)}/s (${sample.events} in ${sample.seconds.toFixed(2)} s${extra})`,
        );
        if (run > 0) samples.get(contender)?.push(sample);
      }
    }
    return samples;
  }

  async append(writers: number): Promise<SamplesByContender> {
    const { contenders, durationMs } = this.options;
    return this.withContenders(`append${writers}`, contenders, (run) =>
      this.repeat(
        `append w=${writers}`,
        contenders,
        async (contender) => (await run(contender, { kind: 'append', contender, writers, durationMs })) as Sample,
      ),
    );
  }

  async contention(writers: number): Promise<SamplesByContender> {
    const { contenders, durationMs } = this.options;
    return this.withContenders(`contention${writers}`, contenders, (run) =>
      this.repeat(
        `contention w=${writers}`,
        contenders,
        async (contender) => (await run(contender, { kind: 'contention', contender, writers, durationMs })) as Sample,
      ),
    );
  }

  async readAll(): Promise<SamplesByContender> {
    const { readEvents, readBatch } = this.options;
    // Each store reads the same whether or not something publishes it: one fixture each, opened without publication.
    const readers = [...new Set(this.options.contenders.map(unpublished))];
    return this.withContenders('readall', readers, async (run) => {
      for (const contender of readers) {
        const started = performance.now();
        await run(contender, { kind: 'preload', contender, events: readEvents });
        log(
          `read-all ${contender}: preloaded ${readEvents} events in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      }
      return this.repeat('read-all', readers, async (contender) => {
        const sample = (await run(contender, { kind: 'read-all', contender, batchSize: readBatch })) as Sample;
        if (sample.events !== readEvents) throw new Error(`${contender} read ${sample.events} of ${readEvents} events`);
        return sample;
      });
    });
  }

  async relay(): Promise<RelayResult[]> {
    const { runs, relayMessages, relayBatch, poolSize } = this.options;
    const database = await this.freshDatabase('relay', 'muster');
    const results: RelayResult[] = [];
    try {
      for (let run = 0; run <= runs; run += 1) {
        const result = (await this.worker('muster').run({
          kind: 'relay',
          databaseUrl: database.url,
          kafkaBrokers: this.infra.kafkaBrokers,
          poolSize,
          messages: relayMessages,
          batchSize: relayBatch,
          relayFirst: run % 2 === 0,
        })) as RelayResult;
        const perSecond = (s: Sample): number => Math.round(s.events / s.seconds);
        log(
          `relay ${run === 0 ? 'warm-up' : `run ${run}/${runs}`}: relay ${perSecond(result.relay)}/s, raw produce ${perSecond(result.produce)}/s`,
        );
        if (run > 0) results.push(result);
      }
    } finally {
      await database.drop().catch((error: unknown) => log(`dropping the relay database: ${String(error)}`));
    }
    return results;
  }

  async publishLatency(): Promise<Sample[]> {
    const { runs, latencyRate, latencySeconds, poolSize } = this.options;
    const database = await this.freshDatabase('latency', 'muster');
    const samples: Sample[] = [];
    try {
      for (let run = 0; run <= runs; run += 1) {
        const sample = (await this.worker('muster').run({
          kind: 'publish-latency',
          databaseUrl: database.url,
          kafkaBrokers: this.infra.kafkaBrokers,
          poolSize,
          perSecond: latencyRate,
          seconds: latencySeconds,
        })) as Sample;
        log(
          `publish latency ${run === 0 ? 'warm-up' : `run ${run}/${runs}`}: ${Math.round(sample.events / sample.seconds)}/s, ` +
            `p50 ${sample.p50Ms?.toFixed(1)} ms, p99 ${sample.p99Ms?.toFixed(1)} ms, max ${sample.maxMs?.toFixed(1)} ms`,
        );
        if (run > 0) samples.push(sample);
      }
    } finally {
      await database.drop().catch((error: unknown) => log(`dropping the latency database: ${String(error)}`));
    }
    return samples;
  }

  async stop(): Promise<void> {
    for (const worker of this.workers.values()) await worker.stop();
  }
}

/** The same store with nothing publishing it. */
function unpublished(contender: ContenderName): ContenderName {
  switch (contender) {
    case 'muster':
      return 'muster-bare';
    case 'emmett-forwarding':
      return 'emmett';
    case 'floor-tailing':
      return 'floor';
    default:
      return contender;
  }
}

type ContenderRun = (contender: ContenderName, task: Parameters<Worker['run']>[0]) => Promise<unknown>;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env, REPO_ROOT);
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const startedAt = new Date();
  const started = performance.now();
  const loadBefore = load();
  const infra = await provideInfrastructure('test', log);
  // The workers' Kafka clients sign in as the broker's admin (kafkaSasl), as tests' own clients do.
  process.env[KAFKA_PASSWORDS_VARIABLE] = JSON.stringify(infra.kafkaPasswords);
  const bench = new Bench(options, infra);
  try {
    log(infra.description.join('; '));
    const machine = await describeMachine(infra.databaseUrl);
    const measurements: Measurements = {
      append: new Map(),
      contention: new Map(),
      readAll: new Map(),
      relay: [],
      publishLatency: [],
    };
    const wanted = new Set(options.scenarios);
    if (wanted.has('append')) {
      for (const writers of options.writers) measurements.append.set(writers, await bench.append(writers));
    }
    if (wanted.has('contention')) {
      for (const writers of options.contentionWriters) {
        measurements.contention.set(writers, await bench.contention(writers));
      }
    }
    if (wanted.has('read-all')) {
      for (const [contender, samples] of await bench.readAll()) measurements.readAll.set(contender, samples);
    }
    if (wanted.has('relay') && (options.contenders.includes('muster') || options.contenders.includes('muster-bare'))) {
      measurements.relay.push(...(await bench.relay()));
    }
    if (wanted.has('publish-latency') && options.contenders.includes('muster')) {
      measurements.publishLatency.push(...(await bench.publishLatency()));
    }
    const report = renderReport(measurements, {
      options,
      machine,
      infrastructure: infra.description,
      startedAt,
      seconds: (performance.now() - started) / 1000,
      loadBefore,
      loadAfter: load(),
    });
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, `${report}\n`);
    process.stdout.write(`${report}\n`);
    log(`report written to ${options.out}`);
  } finally {
    await bench.stop();
    await infra.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
