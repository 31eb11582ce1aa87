/**
 * One service answering commands at a steady rate: `npm run bench:http` (DATABASE_URL: the PostgreSQL server to make
 * a throwaway database on).
 *
 * The equipment service, spawned from its main file with its default rate limit, gets `POST
 * /fuel-ledgers/:centreId/deliveries` (auth, validation, the known centre, the ledger loaded, decided, appended with
 * its read model, published by the relay) at a steady BENCH_RATE per second, open loop: each request leaves at its
 * scheduled time whether or not the ones before have answered, and its latency counts from that time, so a stall
 * shows as the queue behind it. The requests come from BENCH_USERS logistics officers, each on their own centre's
 * ledger, all from one address (as behind the console's gateway): a limit keyed on the address would refuse them.
 * Baseline in the same run, alternating with the commands: `GET /fuel-ledgers/:centreId` at the same rate.
 *
 * Prints a markdown report and writes it to bench/http/results/latest.md; drops the database and the broker.
 * BENCH_DEBUG=1 logs the answer of every request that was not a success, and when each answer over 50 ms was due.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { signDevelopmentToken } from '@muster/auth';
import { REPO_ROOT } from '@muster/infra';
import { newSigningKey } from '@muster/log-proofs';
import { makeCentresKnown, spawnService, TEST_JWT_SECRET } from '@muster/service-testing';
import { createTestDatabase, serviceKafkaEnvironment, sleep, startDedicatedKafka } from '@muster/testing';
import { median, quantile } from '../stats';

const setting = (name: string, fallback: number): number => Number(process.env[`BENCH_${name}`] ?? fallback);
const RATE = setting('RATE', 100);
const SECONDS = setting('SECONDS', 20);
const RUNS = setting('RUNS', 5);
const USERS = setting('USERS', 20);
const log = (line: string): void => void process.stderr.write(`[bench:http] ${line}\n`);

interface Officer {
  readonly token: string;
  readonly centreId: string;
}

interface Run {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly achieved: number;
  readonly ok: number;
  readonly limited: number;
  readonly other: number;
}

/** `count` requests at `RATE` per second, open loop; latency from each request's scheduled time. */
async function steady(count: number, request: (i: number) => Promise<Response>): Promise<Run> {
  const latencies: number[] = [];
  const statuses: number[] = [];
  const interval = 1000 / RATE;
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const scheduled = start + i * interval;
    const wait = scheduled - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(
      request(i).then(
        async (res) => {
          const body = await res.text();
          const latency = performance.now() - scheduled;
          if (res.status >= 300 && process.env['BENCH_DEBUG']) log(`${res.status} ${body}`);
          // When it was due, by the wall clock: to line a stall up with what else the machine did then.
          if (latency > 50 && process.env['BENCH_DEBUG']) {
            log(`slow ${new Date(performance.timeOrigin + scheduled).toISOString()} ${latency.toFixed(0)} ms`);
          }
          latencies.push(latency);
          statuses.push(res.status);
        },
        () => void statuses.push(0),
      ),
    );
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - start) / 1000;
  return {
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: Math.max(...latencies),
    achieved: count / seconds,
    ok: statuses.filter((s) => s >= 200 && s < 300).length,
    limited: statuses.filter((s) => s === 429).length,
    other: statuses.filter((s) => s < 200 || (s >= 300 && s !== 429)).length,
  };
}

const row = (name: string, runs: readonly Run[]): string =>
  `| ${name} | ${median(runs.map((r) => r.achieved)).toFixed(1)} | ${median(runs.map((r) => r.p50)).toFixed(1)} ms | ` +
  `**${median(runs.map((r) => r.p99)).toFixed(1)} ms** | ${runs.map((r) => r.p99.toFixed(0)).join(', ')} ms | ` +
  `${Math.max(...runs.map((r) => r.max)).toFixed(0)} ms | ${runs.reduce((n, r) => n + r.ok, 0)} | ` +
  `${runs.reduce((n, r) => n + r.limited, 0)} | ${runs.reduce((n, r) => n + r.other, 0)} |`;

async function main(): Promise<void> {
  if (!process.env['DATABASE_URL']) throw new Error('Set DATABASE_URL to the PostgreSQL server');
  const broker = await startDedicatedKafka();
  const database = await createTestDatabase('bench-http');
  let service: Awaited<ReturnType<typeof spawnService>> | undefined;
  try {
    // The default rate limit stays: the point is that this load is not refused by it.
    service = await spawnService('services/equipment/src/main.ts', {
      ...serviceKafkaEnvironment('equipment'),
      DATABASE_URL: database.url,
      KAFKA_BROKERS: broker.brokers,
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_SIGNING_KEY: newSigningKey().pkcs8Base64,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
    });
    process.env['KAFKA_BROKERS'] = broker.brokers;
    const running = service;
    const officers: Officer[] = [];
    for (let u = 0; u < USERS; u++) {
      const centreId = randomUUID();
      await makeCentresKnown(running, centreId);
      const token = await signDevelopmentToken(TEST_JWT_SECRET, {
        sub: `officer-${u}`,
        name: `Officer ${u}`,
        roles: ['logistics'],
      });
      officers.push({ token: `Bearer ${token}`, centreId });
    }
    const officer = (i: number): Officer => officers[i % officers.length] as Officer;
    const deliver = (i: number) =>
      fetch(`${running.url}/fuel-ledgers/${officer(i).centreId}/deliveries`, {
        method: 'POST',
        headers: { authorization: officer(i).token, 'content-type': 'application/json' },
        body: JSON.stringify({
          litres: 500,
          supplier: 'Bench Fuel Co.',
          receivedBy: randomUUID(),
          deliveredAt: new Date(Date.now() - 60_000).toISOString(),
        }),
      });
    const read = (i: number) =>
      fetch(`${running.url}/fuel-ledgers/${officer(i).centreId}`, { headers: { authorization: officer(i).token } });

    const load = loadavg()[0]?.toFixed(1);
    const count = RATE * SECONDS;
    // A warm-up of each, discarded, then the runs, commands and reads in turn so both see the same machine.
    await steady(RATE * 5, deliver);
    await steady(RATE * 5, read);
    const commands: Run[] = [];
    const reads: Run[] = [];
    for (let run = 1; run <= RUNS; run++) {
      commands.push(await steady(count, deliver));
      reads.push(await steady(count, read));
      log(`run ${run}: commands ${JSON.stringify(commands.at(-1))}, reads ${JSON.stringify(reads.at(-1))}`);
    }

    const out = [
      `# HTTP benchmark (${new Date().toISOString()})`,
      '',
      `Machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB; ` +
        `load average ${load} at the start, ${loadavg()[0]?.toFixed(1)} at the end.`,
      '',
      `${RATE} requests/s, open loop, ${SECONDS} s per run, ${RUNS} runs, ${USERS} users on one address, default rate ` +
        'limit; latency from each request\u2019s scheduled time (median of the runs; max over all runs):',
      '',
      '| request | achieved/s | p50 | p99 | p99 of each run | max | 2xx | 429 | other |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      row('`POST /fuel-ledgers/:centreId/deliveries`', commands),
      row('baseline: `GET /fuel-ledgers/:centreId`', reads),
      '',
    ].join('\n');
    process.stdout.write(out);
    const dir = join(REPO_ROOT, 'bench/http/results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'latest.md'), out);
  } finally {
    await service?.stop('SIGTERM');
    await database.drop();
    await broker.dispose();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
