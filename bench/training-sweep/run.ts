/**
 * The training expiry sweep over many certifications (issue 10: 30,000 in < 10 s), against the event store's floor for
 * the same number of expiries, measured in the same run on the same database:
 *
 * - **sweep**: `POST /certifications/expiry-sweep` on the training service as it runs (spawned from its main file):
 *   the register's query, then the certification's command path in batches (`executeMany`): load, decide, and append
 *   each batch's expiries to all its streams in one transaction with the inline read models;
 * - **floor**: `CertificationExpired` appended straight through `PostgresEventStore.append` to as many other
 *   certification streams, 8 at a time: no HTTP, no load, no decision, no read model;
 * - **repeat**: the same sweep again, which finds nothing due (idempotence costs one query).
 *
 * Each run gets a fresh database (dropped at the end) and the certifications are seeded untimed: each award appended
 * through the store, its register row written as the service's projection writes it. A throwaway Kafka broker takes
 * what the relay publishes. `npm run bench:training-sweep -- --help`.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { signDevelopmentToken } from '@muster/auth';
import { deterministicUuid } from '@muster/event-sourcing';
import { PostgresEventStore } from '@muster/event-store';
import { newSigningKey } from '@muster/log-proofs';
import { spawnService } from '@muster/service-testing';
import { createTestDatabase, serviceKafkaEnvironment, startDedicatedKafka } from '@muster/testing';
import { describeMachine } from '../event-store/machine';
import { inParallel } from '../event-store/contenders/contender';
import { Summary, summarize } from '../stats';

interface Options {
  certifications: number;
  runs: number;
  out: string;
}

function options(argv: readonly string[]): Options {
  const value = (name: string, fallback: string): string => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  if (argv.includes('--help')) {
    process.stdout.write(
      '--certifications N (30000)  --runs N (3)  --out FILE (bench/training-sweep/results/latest.md)\n',
    );
    process.exit(0);
  }
  return {
    certifications: Number(value('certifications', '30000')),
    runs: Number(value('runs', '3')),
    out: value('out', join(__dirname, 'results', 'latest.md')),
  };
}

const JWT_SECRET = 'muster-bench-secret-muster-bench-secret-0123';
const CONCURRENCY = 8;
const ISSUING_BODY = 'civil-defence-training';
const metadata = () => ({ actorId: 'bench', actorRoles: ['training'], correlationId: randomUUID() });

/** An award as a session pass records it; `set` keeps the sweep's and the floor's certifications apart. */
function award(set: string, i: number, expiresOn: string) {
  const number = `BENCH-${set}-${i}`;
  const certificationId = deterministicUuid('certification', ISSUING_BODY, number);
  return {
    certificationId,
    memberId: deterministicUuid('bench-member', String(i % 5000)),
    courseId: deterministicUuid('bench-course', String(i % 6)),
    competency: ['driving', 'defensive-driving', 'firefighting', 'first-aid', 'search-and-rescue', 'erw-awareness'][
      i % 6
    ] as string,
    number,
    issuingBody: ISSUING_BODY,
    issuedOn: '2023-01-10',
    expiresOn,
    verifiedBy: 'bench',
    basis: { kind: 'session' as const, sessionId: deterministicUuid('bench-session', String(i % 200)) },
  };
}

/** The award appended through the store, and its register row as the service's projection writes it. */
async function seed(store: PostgresEventStore, dataSource: DataSource, set: string, n: number, expiresOn: string) {
  await inParallel(n, CONCURRENCY, async (i) => {
    const data = award(set, i, expiresOn);
    await store.append(`certification-${data.certificationId}`, [{ type: 'CertificationAwarded', data }], {
      expectedVersion: 'no-stream',
      metadata: metadata(),
    });
    const view = { ...data, version: 1, status: 'valid', history: [] };
    await dataSource.query(
      `INSERT INTO training_certifications (certification_id, version, member_id, course_id, competency, issuing_body,
         number, issued_on, expires_on, status, view) VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8, 'valid', $9)`,
      [
        data.certificationId,
        data.memberId,
        data.courseId,
        data.competency,
        data.issuingBody,
        data.number,
        data.issuedOn,
        data.expiresOn,
        JSON.stringify(view),
      ],
    );
  });
}

interface RunResult {
  floorMs: number;
  sweepMs: number;
  repeatMs: number;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

async function oneRun(n: number, brokers: string, run: number): Promise<RunResult> {
  const database = await createTestDatabase('bench_training_sweep');
  const service = await spawnService('services/training/src/main.ts', {
    DATABASE_URL: database.url,
    ...serviceKafkaEnvironment('training'),
    KAFKA_BROKERS: brokers,
    JWT_SECRET,
    LOG_SIGNING_KEY: newSigningKey().pkcs8Base64,
    LOG_LEVEL: 'silent',
    KAFKA_CONSUMER_GROUP: `muster-training-bench-${run}-${randomUUID().slice(0, 8)}`,
  });
  const dataSource = new DataSource({ type: 'postgres', url: database.url, poolSize: 10, logging: false });
  try {
    await dataSource.initialize();
    const store = new PostgresEventStore(dataSource);
    await seed(store, dataSource, 'sweep', n, '2025-01-09');
    await seed(store, dataSource, 'floor', n, '2030-01-09');
    await dataSource.query('VACUUM ANALYZE training_certifications');

    const [, floorMs] = await timed(() =>
      inParallel(n, CONCURRENCY, async (i) => {
        const { certificationId, memberId, competency } = award('floor', i, '2030-01-09');
        await store.append(
          `certification-${certificationId}`,
          [{ type: 'CertificationExpired', data: { certificationId, memberId, competency, expiredOn: '2030-01-10' } }],
          { expectedVersion: 1, metadata: metadata() },
        );
      }),
    );

    const token = await signDevelopmentToken(JWT_SECRET, { sub: 'bench', name: 'Bench', roles: ['training'] });
    const sweep = async () => {
      const res = await fetch(`${service.url}/certifications/expiry-sweep`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ asOf: '2025-03-01' }),
      });
      if (!res.ok) throw new Error(`sweep answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as { due: number; expired: number };
    };
    const [first, sweepMs] = await timed(sweep);
    if (first.due !== n || first.expired !== n) throw new Error(`the sweep expired ${first.expired} of ${n}`);
    const [again, repeatMs] = await timed(sweep);
    if (again.due !== 0 || again.expired !== 0) throw new Error(`the repeat found ${again.due} due`);
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM events WHERE type = 'CertificationExpired'`,
    );
    if (count !== 2 * n) throw new Error(`${count} CertificationExpired events, expected ${2 * n}`);
    return { floorMs, sweepMs, repeatMs };
  } finally {
    await service.stop('SIGTERM');
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const cell = (s: Summary) => `${seconds(s.median)} s (${seconds(s.min)}–${seconds(s.max)})`;

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) throw new Error('Set DATABASE_URL to the PostgreSQL server (a database per run is made on it)');
  const machine = await describeMachine(serverUrl);
  const kafka = await startDedicatedKafka();
  const results: RunResult[] = [];
  try {
    // One small warm-up run (discarded: the service's first requests, the JIT, PostgreSQL's caches), then the
    // measured ones.
    for (let run = 0; run <= opts.runs; run += 1) {
      const result = await oneRun(
        run === 0 ? Math.min(opts.certifications, 2000) : opts.certifications,
        kafka.brokers,
        run,
      );
      process.stderr.write(`run ${run}${run === 0 ? ' (warm-up)' : ''}: ${JSON.stringify(result)}\n`);
      if (run > 0) results.push(result);
    }
  } finally {
    await kafka.dispose();
  }
  const floor = summarize(results.map((r) => r.floorMs));
  const sweep = summarize(results.map((r) => r.sweepMs));
  const repeat = summarize(results.map((r) => r.repeatMs));
  const n = opts.certifications;
  const report = [
    `# Training expiry sweep: ${n.toLocaleString('en')} certifications`,
    '',
    `Median of ${results.length} runs (min–max), after one warm-up run; ${machine.cpus} CPUs (${machine.cpuModel}),`,
    `PostgreSQL ${machine.postgres} (${machine.postgresSettings}), Node ${machine.node}, commit ${machine.commit}.`,
    '',
    '| What | Time | Per certification | Target |',
    '| ---- | ---- | ----------------- | ------ |',
    `| sweep (\`POST /certifications/expiry-sweep\`) | ${cell(sweep)} | ${(sweep.median / n).toFixed(2)} ms | < 10 s: ${sweep.median < 10_000 ? 'met' : '**missed**'} |`,
    `| floor (\`store.append\` of the same expiries) | ${cell(floor)} | ${(floor.median / n).toFixed(2)} ms | |`,
    `| repeat sweep (nothing due) | ${cell(repeat)} | | |`,
    '',
    `The sweep takes ${(sweep.median / floor.median).toFixed(1)}× the floor.`,
    '',
  ].join('\n');
  writeFileSync(opts.out, report);
  process.stdout.write(report);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
