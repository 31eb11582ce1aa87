/**
 * Training's compliance reads at scale: `npm run bench:training-compliance` (DATABASE_URL: the PostgreSQL server to
 * make a throwaway database on).
 *
 * A training service started from its main file on a throwaway database and broker; its read models filled with
 * 5,000 members (20 centres, roles that require one to three competencies, one in fifty killed) holding 6
 * certifications each (30,000; issued over three years, valid 24 months, some revoked), written straight into the
 * tables in the shape the projections write them. Then, over HTTP as a client sees them, on dates spread over two
 * years: `GET /compliance/expiring?withinDays=30` and `GET /compliance/centres/:centreId` (who is not compliant),
 * interleaved with the baseline `GET /role-requirements?asOf=` (a small indexed read through the same HTTP, auth and
 * validation stack). Prints a markdown report and writes it to bench/training-compliance/results/latest.md; drops the
 * database and the broker.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { signDevelopmentToken } from '@muster/auth';
import { REPO_ROOT } from '@muster/infra';
import { newSigningKey } from '@muster/log-proofs';
import { spawnService } from '@muster/service-testing';
import { createTestDatabase, serviceKafkaEnvironment, startDedicatedKafka } from '@muster/testing';
import { median, quantile } from '../stats';

const setting = (name: string, fallback: number): number => Number(process.env[`BENCH_${name}`] ?? fallback);
const MEMBERS = setting('MEMBERS', 5000);
const REQUESTS = setting('REQUESTS', 300);
const RUNS = setting('RUNS', 5);
const CENTRES = 20;
const SECRET = randomBytes(32).toString('hex');
const log = (line: string): void => void process.stderr.write(`[bench:training-compliance] ${line}\n`);

const ms = (value: number): string => `${value.toFixed(1)} ms`;

/**
 * The read models as the projections leave them: each member one period from 2023-01-01 (the killed a second from
 * 2025-06-01); each certification valid from its issue through its last valid day, expired after (or revoked).
 */
async function fill(db: Client, centres: readonly string[]): Promise<void> {
  await db.query(`SELECT setseed(0.42)`);
  await db.query(
    `CREATE TEMP TABLE bench_members AS
       SELECT i, gen_random_uuid() AS member_id, ($1::uuid[])[1 + i % $2] AS centre_id,
              string_to_array((ARRAY['driver,rescuer', 'rescuer', 'firefighter', 'driver,firefighter',
                                     'paramedic'])[1 + i % 5], ',') AS roles
         FROM generate_series(0, $3 - 1) AS i`,
    [centres, CENTRES, MEMBERS],
  );
  await db.query(`
    INSERT INTO training_member_periods (member_id, valid_from, valid_until, status, centre_id, roles)
    SELECT member_id, '2023-01-01'::date, CASE WHEN i % 50 = 0 THEN '2025-06-01'::date END, 'active', centre_id, roles
      FROM bench_members
    UNION ALL
    SELECT member_id, '2025-06-01'::date, NULL::date, 'killed', centre_id, roles FROM bench_members WHERE i % 50 = 0`);
  await db.query(`
    INSERT INTO training_members (member_id, status, centre_id, roles)
    SELECT member_id, CASE WHEN i % 50 = 0 THEN 'killed' ELSE 'active' END, centre_id, roles FROM bench_members`);
  await db.query(`
    CREATE TEMP TABLE bench_certifications AS
      SELECT gen_random_uuid() AS certification_id, m.member_id, c.competency,
             ('2023-01-01'::date + ((m.i * 7 + c.k::int * 53) % 1100)) AS issued_on, (m.i % 17 = 0 AND c.k = 3) AS revoked
        FROM bench_members m
        CROSS JOIN unnest(ARRAY['driving','defensive-driving','firefighting','first-aid','search-and-rescue',
                                'ordnance-awareness']) WITH ORDINALITY AS c(competency, k)`);
  await db.query(`
    INSERT INTO compliance_certification_periods
      (certification_id, member_id, competency, valid_from, valid_until, status, expires_on)
    SELECT certification_id, member_id, competency, issued_on,
           CASE WHEN revoked THEN issued_on + 100 ELSE issued_on + 730 END, 'valid', issued_on + 729
      FROM bench_certifications
    UNION ALL
    SELECT certification_id, member_id, competency,
           CASE WHEN revoked THEN issued_on + 100 ELSE issued_on + 730 END, NULL,
           CASE WHEN revoked THEN 'revoked' ELSE 'expired' END, issued_on + 729
      FROM bench_certifications`);
  await db.query(`ANALYZE`);
}

interface Run {
  readonly expiring: { p50: number; p99: number };
  readonly centre: { p50: number; p99: number };
  readonly baseline: { p50: number; p99: number };
}

const DAY_MS = 86_400_000;
const dayFrom = (i: number): string =>
  new Date(Date.UTC(2024, 0, 1) + ((i * 37) % 730) * DAY_MS).toISOString().slice(0, 10);

async function timed(url: string, token: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(url, { headers: { authorization: token } });
  await res.arrayBuffer();
  const elapsed = performance.now() - start;
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return elapsed;
}

async function measure(url: string, token: string, centres: readonly string[], offset: number): Promise<Run> {
  const samples = { expiring: [] as number[], centre: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < REQUESTS; i++) {
    const asOf = dayFrom(offset + i);
    const centreId = centres[(offset + i) % centres.length] as string;
    // Interleaved, so a load spike on the shared machine hits all three alike.
    samples.expiring.push(await timed(`${url}/compliance/expiring?withinDays=30&asOf=${asOf}`, token));
    samples.centre.push(await timed(`${url}/compliance/centres/${centreId}?asOf=${asOf}`, token));
    samples.baseline.push(await timed(`${url}/role-requirements?asOf=${asOf}`, token));
  }
  const stats = (values: number[]) => ({ p50: quantile(values, 0.5), p99: quantile(values, 0.99) });
  return { expiring: stats(samples.expiring), centre: stats(samples.centre), baseline: stats(samples.baseline) };
}

async function main(): Promise<void> {
  if (!process.env['DATABASE_URL']) throw new Error('Set DATABASE_URL to the PostgreSQL server to bench on');
  log('starting a throwaway broker and database');
  const broker = await startDedicatedKafka();
  const database = await createTestDatabase('bench_training_compliance');
  const db = new Client({ connectionString: database.url });
  let service: Awaited<ReturnType<typeof spawnService>> | undefined;
  try {
    service = await spawnService('services/training/src/main.ts', {
      ...serviceKafkaEnvironment('training'),
      DATABASE_URL: database.url,
      KAFKA_BROKERS: broker.brokers,
      JWT_SECRET: SECRET,
      LOG_SIGNING_KEY: newSigningKey().pkcs8Base64,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    const token = `Bearer ${await signDevelopmentToken(SECRET, { sub: 'bench-auditor', name: 'Bench', roles: ['auditor'] })}`;
    await db.connect();
    const centres = Array.from({ length: CENTRES }, () => randomUUID());
    const fillStart = performance.now();
    await fill(db, centres);
    const { rows } = await db.query<{ members: number; certifications: number; periods: number }>(
      `SELECT (SELECT count(*)::int FROM training_members) AS members,
              (SELECT count(DISTINCT certification_id)::int FROM compliance_certification_periods) AS certifications,
              (SELECT count(*)::int FROM compliance_certification_periods) AS periods`,
    );
    const sizes = rows[0];
    log(`filled in ${((performance.now() - fillStart) / 1000).toFixed(1)} s: ${JSON.stringify(sizes)}`);

    await measure(service.url, token, centres, 10_000); // warm-up, discarded
    const runs: Run[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const result = await measure(service.url, token, centres, run * REQUESTS);
      log(`run ${run}: ${JSON.stringify(result)}`);
      runs.push(result);
    }

    const row = (label: string, pick: (r: Run) => { p50: number; p99: number }) =>
      `| ${label} | ${ms(median(runs.map((r) => pick(r).p50)))} | **${ms(median(runs.map((r) => pick(r).p99)))}** | ` +
      `${runs.map((r) => ms(pick(r).p99)).join(', ')} |`;
    const report = [
      `# Training compliance benchmark (${new Date().toISOString()})`,
      '',
      `Machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
        `load average before the report ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' / ')}`,
      '',
      `${sizes?.members} members in ${CENTRES} centres, ${sizes?.certifications} certifications (${sizes?.periods} ` +
        `periods); ${RUNS} runs of ${REQUESTS} requests per query, sequential over HTTP, dates spread over 2024–2025; ` +
        'one warm-up run discarded. Median of the runs:',
      '',
      '| query | p50 | p99 | p99 of each run |',
      '| ----- | --- | --- | --------------- |',
      row('`GET /compliance/expiring?withinDays=30&asOf=`', (r) => r.expiring),
      row('`GET /compliance/centres/:centreId?asOf=` (not compliant)', (r) => r.centre),
      row('baseline: `GET /role-requirements?asOf=`', (r) => r.baseline),
      '',
    ].join('\n');
    process.stdout.write(report);
    mkdirSync(join(REPO_ROOT, 'bench/training-compliance/results'), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'bench/training-compliance/results/latest.md'), report);
  } finally {
    await db.end().catch(() => undefined);
    await service?.stop('SIGTERM');
    await database.drop().catch((e: unknown) => log(`could not drop the database: ${String(e)}`));
    await broker.dispose();
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
