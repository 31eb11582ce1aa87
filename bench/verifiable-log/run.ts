/**
 * The verifiable log's cost: `npm run bench:verifiable-log` (DATABASE_URL: the PostgreSQL server to make a throwaway
 * database on; a broker of its own is started).
 *
 * 1. Appends with checkpointing running: WRITERS concurrent writers, each appending one event at a time to streams of
 *    its own through `PostgresEventStore.append`, APPENDS per run; RUNS rounds of three runs, in rotating order: the
 *    log signer stopped; checkpointing (it hashes the new events into the tree, writes its tiles, signs a checkpoint
 *    every 1,000 events and sends it to the checkpoint topic); and checkpointing with the entries copied to the log
 *    topic as well (the default). Between runs the signer catches up, untimed, so that each run carries the work of its
 *    own events only. The ratios of the medians to the stopped runs' are the costs.
 * 2. Inclusion proofs in a log of LOG_EVENTS events: the events table is filled by SQL (the tree reads nothing of an
 *    event but its hash, so the payloads are small and the hashes synthetic), the signer builds the tree (timed: it is
 *    how long a service takes to catch up that far), then PROOFS proofs for random events against the latest
 *    checkpoint through the endpoint's own code (`LogAuditController.inclusion`, everything but the HTTP layer, which
 *    the HTTP bench measures). Baseline, interleaved: the same controller's `checkpoints/latest` (one indexed row).
 *
 * In every mode the service's outbox relay publishes each event to its topic, woken by the appends as in a service
 * (BENCH_RELAY=0 leaves it out): it is part of every service's append path, and it reads each event first, so that the
 * signer finds it as it would in a service. Beside each run's throughput, the machine's CPU per append until the relay
 * and the signer have taken in the run's events.
 *
 * Prints a markdown report and writes it to bench/verifiable-log/results/latest.md; drops the database and broker.
 */
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { eventStoreMigrations, PostgresEventStore } from '@muster/event-store';
import { REPO_ROOT } from '@muster/infra';
import { publicKeyEntry } from '@muster/log-proofs';
import { messagingMigrations, OutboxRelay } from '@muster/messaging';
import { LogAuditController, LogIdentity, LogSigner, verifiableLogMigrations } from '@muster/platform';
import { ensureTopics, openMigratedDatabase, startDedicatedKafka, testKafka, waitFor } from '@muster/testing';
import { cpuSecondsSince, machineBusySeconds, median, processCpuSeconds, quantile } from '../stats';

const setting = (name: string, fallback: number): number => Number(process.env[`BENCH_${name}`] ?? fallback);
const WRITERS = setting('WRITERS', 8);
// Long runs: the signer's start (its producer's connection) and its last poll's batch are small against them.
const APPENDS = setting('APPENDS', 20_000);
const RUNS = setting('RUNS', 5);
const LOG_EVENTS = setting('LOG_EVENTS', 1_000_000);
const PROOFS = setting('PROOFS', 2000);
const RELAY = setting('RELAY', 1) !== 0;
const LOG = 'muster/bench';
const EVENTS_TOPIC = 'muster.bench.events';
const say = (line: string): void => void process.stderr.write(`[bench:verifiable-log] ${line}\n`);
const quiet = { log: () => undefined, warn: say, error: say };

async function main(): Promise<void> {
  if (!process.env['DATABASE_URL']) throw new Error('Set DATABASE_URL to the PostgreSQL server');
  const loadAtStart = loadavg()[0]?.toFixed(1);
  const broker = await startDedicatedKafka();
  const database = await openMigratedDatabase(
    'bench-log',
    [...eventStoreMigrations, ...messagingMigrations, ...verifiableLogMigrations],
    { poolSize: WRITERS + 4 },
  );
  const kafka = testKafka('bench-log', broker.brokers.split(','));
  const signingKey = generateKeyPairSync('ed25519').privateKey;
  const signerWith = (logTopic: string | null) =>
    new LogSigner({
      dataSource: database.dataSource,
      kafka,
      log: LOG,
      logTopic,
      checkpointTopic: 'muster.bench.checkpoints',
      signingKey,
      checkpointEvery: 1000,
      checkpointIntervalMs: 10_000,
      logger: quiet,
    });
  // Both sign the same log (the same tables), one at a time: with the entries copied to Kafka, and without.
  const signers = { copying: signerWith('muster.bench.log'), checkpointing: signerWith(null) };
  const signer = signers.copying;
  const store = new PostgresEventStore(database.dataSource);
  const relay = RELAY
    ? new OutboxRelay({
        dataSource: database.dataSource,
        kafka,
        source: 'personnel',
        topic: EVENTS_TOPIC,
        logger: quiet,
      })
    : undefined;
  if (relay) store.onAppended(() => relay.wake());
  const relayDone = async () => {
    if (relay) await waitFor(async () => (await relay.lag()).pending === 0, 600_000, 'the relay to publish the run');
  };
  const sql = (text: string, parameters: unknown[] = []) => database.dataSource.query(text, parameters);
  const treeSize = async () => Number((await sql(`SELECT size FROM log_signer`))[0].size);
  const eventCount = async () => Number((await sql(`SELECT count(*) AS n FROM events`))[0].n);
  const entriesCopied = async () =>
    Number((await sql(`SELECT entries_published FROM log_signer`))[0].entries_published);
  // The backlog cleared untimed (the tree, and the entries' copy), so that each run carries its own events' work only.
  const settled = async () => {
    await signer.start();
    const events = await eventCount();
    await waitFor(
      async () => (await treeSize()) >= events && (await entriesCopied()) >= events,
      600_000,
      'the signer to catch up',
    );
    await signer.stop();
  };
  const caughtUp = async () => {
    await signer.start();
    const events = await eventCount();
    await waitFor(async () => (await treeSize()) >= events, 600_000, 'the signer to catch up');
  };
  type Mode = 'stopped' | keyof typeof signers;
  try {
    await ensureTopics(kafka, [EVENTS_TOPIC, 'muster.bench.log', 'muster.bench.checkpoints']);
    await relay?.start();
    const metadata = { actorId: 'bench', actorRoles: ['admin'], correlationId: 'bench' };
    // A run's throughput, and the machine's CPU per append until the relay and the signer (when running) have taken in
    // the run's events: their work is charged to the run even where it finishes after the last append.
    const appendRun = async (label: string, signerDone: () => Promise<void>) => {
      const perWriter = Math.ceil(APPENDS / WRITERS);
      const busyAtStart = machineBusySeconds();
      const processesAtStart = processCpuSeconds();
      const started = performance.now();
      await Promise.all(
        Array.from({ length: WRITERS }, async (_, writer) => {
          for (let i = 0; i < perWriter; i++) {
            await store.append(
              `ledger-${label}-${writer}-${i % 50}`,
              [{ type: 'Counted', data: { writer, i, note: 'x'.repeat(200) } }],
              { expectedVersion: 'any', metadata },
            );
          }
        }),
      );
      const rate = (perWriter * WRITERS) / ((performance.now() - started) / 1000);
      await signerDone();
      const byProcess = cpuSecondsSince(processesAtStart);
      const perAppendUs = (seconds: number) => (seconds * 1e6) / (perWriter * WRITERS);
      return {
        rate,
        cpuMs: ((machineBusySeconds() - busyAtStart) * 1000) / (perWriter * WRITERS),
        splitUs: [perAppendUs(byProcess.self), perAppendUs(byProcess.postgres), perAppendUs(byProcess.java)],
      };
    };
    // The tree's size once it holds the run's events, kept as a running sum: a count(*) of the events table after each
    // run would be charged to the signer's modes.
    let logged = 0;
    const signerDone = async (mode: Mode) => {
      logged += WRITERS * Math.ceil(APPENDS / WRITERS);
      await relayDone();
      if (mode === 'stopped') return;
      const done = async () =>
        (await treeSize()) >= logged && (mode === 'checkpointing' || (await entriesCopied()) >= logged);
      await waitFor(done, 600_000, 'the signer to take in the run');
    };
    // Warm-up, discarded.
    await appendRun('warm', relayDone);
    await settled();
    logged = await eventCount();
    const rates: Record<Mode, number[]> = { stopped: [], copying: [], checkpointing: [] };
    const cpuMs: Record<Mode, number[]> = { stopped: [], copying: [], checkpointing: [] };
    const splitUs: Record<Mode, number[][]> = { stopped: [], copying: [], checkpointing: [] };
    const modes: Mode[] = ['stopped', 'copying', 'checkpointing'];
    for (let run = 1; run <= RUNS; run++) {
      // Rotating the order, so that no mode always meets the fresher machine.
      for (const mode of [...modes.slice(run % 3), ...modes.slice(0, run % 3)]) {
        if (mode !== 'stopped') await signers[mode].start();
        const measured = await appendRun(`r${run}${mode}`, () => signerDone(mode));
        rates[mode].push(measured.rate);
        cpuMs[mode].push(measured.cpuMs);
        splitUs[mode].push(measured.splitUs);
        say(
          `run ${run}: ${Math.round(measured.rate)} appends/s, ${measured.cpuMs.toFixed(3)} CPU ms each ` +
            `(${measured.splitUs.map((us) => us.toFixed(0)).join(' / ')} µs), signer ${mode}`,
        );
        if (mode !== 'stopped') await signers[mode].stop();
        await settled();
      }
    }

    // A log of LOG_EVENTS events, as SQL can write them fastest: 10,000 streams, synthetic hashes.
    await relay?.stop();
    await signer.stop();
    const before = await eventCount();
    const fill = LOG_EVENTS - before;
    say(`writing ${fill} events…`);
    await sql(
      `INSERT INTO events (id, stream_id, stream_type, stream_version, type, schema_version, data, metadata,
                           occurred_at, recorded_at, hash, previous_hash)
       SELECT gen_random_uuid(), 'filled-' || (n % 10000), 'filled', n / 10000 + 1, 'Filled', 1, '{}'::jsonb,
              '{"actorId":"bench","actorRoles":[],"correlationId":"bench"}'::jsonb, now(), now(),
              encode(sha256(n::text::bytea), 'hex'), NULL
         FROM generate_series(0, $1::int - 1) AS n`,
      [fill],
    );
    await sql(`VACUUM ANALYZE events`);
    say('building the tree…');
    const building = performance.now();
    await caughtUp();
    const buildSeconds = (performance.now() - building) / 1000;
    const total = await eventCount();
    const checkpointed = async () =>
      Number((await sql(`SELECT coalesce(max(size), 0) AS size FROM log_checkpoints`))[0].size) === total;
    await waitFor(checkpointed, 60_000, 'a checkpoint of the whole log');
    await signer.stop();
    await sql(`VACUUM ANALYZE log_tiles, log_tile_edges, log_tile_starts`);

    const identity = new LogIdentity(LOG, publicKeyEntry(LOG, createPublicKey(signingKey)));
    const controller = new LogAuditController(database.dataSource, identity);
    const size = (await controller.latest()).size;
    const ids: string[] = (await sql(`SELECT id FROM events ORDER BY random() LIMIT $1`, [PROOFS])).map(
      (row: { id: string }) => row.id,
    );
    const proofRuns: number[][] = [];
    const baselineRuns: number[][] = [];
    for (let run = 1; run <= RUNS; run++) {
      const proofs: number[] = [];
      const baseline: number[] = [];
      for (const eventId of ids) {
        let started = performance.now();
        await controller.inclusion({ eventId }, { treeSize: size });
        proofs.push(performance.now() - started);
        started = performance.now();
        await controller.latest();
        baseline.push(performance.now() - started);
      }
      proofRuns.push(proofs);
      baselineRuns.push(baseline);
      say(
        `proofs run ${run}: p99 ${quantile(proofs, 0.99).toFixed(2)} ms, baseline p99 ${quantile(baseline, 0.99).toFixed(2)} ms`,
      );
    }

    const p = (runs: number[][], q: number) => median(runs.map((r) => quantile(r, q)));
    const off = median(rates.stopped);
    const cpuOff = median(cpuMs.stopped);
    // Each round's runs side by side: the ratio within a round, then its median over the rounds.
    const paired = (mode: Mode) => median(rates[mode].map((rate, i) => rate / rates.stopped[i])).toFixed(3);
    const row = (label: string, mode: Mode) =>
      `| ${label} | ${Math.round(median(rates[mode]))} | ${(median(rates[mode]) / off).toFixed(3)}× | ${paired(mode)}× | ` +
      `${rates[mode].map(Math.round).join(', ')} | ${median(cpuMs[mode]).toFixed(3)} | ${(median(cpuMs[mode]) / cpuOff).toFixed(3)}× | ` +
      `${[0, 1, 2].map((i) => median(splitUs[mode].map((run) => run[i] ?? 0)).toFixed(0)).join(' / ')} |`;
    const report = [
      `# Verifiable log benchmark (${new Date().toISOString()})`,
      '',
      `Machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB; ` +
        `load average ${loadAtStart} at the start, ${loadavg()[0]?.toFixed(1)} at the end.`,
      '',
      `Appends, ${WRITERS} writers, ${APPENDS} per run, ${RUNS} runs each (median), ` +
        `${relay ? 'the outbox relay publishing every event in every mode' : 'no outbox relay'}:`,
      '',
      '| log signer | appends/s | ratio of medians | ratio round by round (median) | each run | machine CPU ms per append | CPU ratio | CPU µs per append: this process / PostgreSQL / broker |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      row('checkpointing: the tree, a signed checkpoint per 1,000 events, the checkpoint topic', 'checkpointing'),
      row('checkpointing and the entries copied to the log topic (the default)', 'copying'),
      row('baseline: stopped', 'stopped'),
      '',
      `Tree of ${size.toLocaleString('en')} events built in ${buildSeconds.toFixed(0)} s ` +
        `(${Math.round(size / buildSeconds)} events/s, entries sent to the log topic included).`,
      '',
      `Inclusion proofs for ${PROOFS} random events against the ${size.toLocaleString('en')}-event checkpoint, ${RUNS} runs (median of the runs' quantiles, ms):`,
      '',
      '| request | p50 | p99 |',
      '| --- | --- | --- |',
      `| inclusion proof | ${p(proofRuns, 0.5).toFixed(2)} | ${p(proofRuns, 0.99).toFixed(2)} |`,
      `| baseline: latest checkpoint | ${p(baselineRuns, 0.5).toFixed(2)} | ${p(baselineRuns, 0.99).toFixed(2)} |`,
      '',
    ].join('\n');
    process.stdout.write(report);
    const dir = join(REPO_ROOT, 'bench', 'verifiable-log', 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'latest.md'), report);
  } finally {
    await relay?.stop();
    await signer.stop();
    await database.close();
    await broker.dispose();
  }
}

void main().catch((error: unknown) => {
  say(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
