/**
 * Name search, measured: `npm run bench:name-search` (DATABASE_URL: the PostgreSQL server to make throwaway databases
 * on).
 *
 * Two personnel services side by side, each on its own throwaway database, one throwaway Kafka broker: this checkout,
 * and the baseline — today's search as it was at BENCH_BASELINE (a commit, extracted with `git archive` into a
 * temporary directory and run with its own libraries). Both get the same register through the API:
 * 1. the corpus of @muster/names/testing (400 fictional people), and every corpus query through
 *    `POST /members/search`, judged by the corpus' own truth: recall, precision, rank of the person looked for, near
 *    misses, orderings, and the conventions not covered;
 * 2. then filler people to BENCH_MEMBERS (10,000) drawn from the same names, `VACUUM ANALYZE` of both databases (as
 *    autovacuum leaves a register that has stopped growing), and the search latency over HTTP: a warm-up
 *    run and BENCH_RUNS measured runs of the corpus' queries (full names, name + family, one common name), the two
 *    services interleaved query by query in alternating order, and after each query the HTTP stack alone
 *    (`GET /members/:memberId`); p50 and p99 of each run, and their median.
 * Prints a markdown report and writes it to bench/name-search/results/latest.md; drops the databases, stops the
 * services and the broker, removes the baseline's directory.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { signDevelopmentToken } from '@muster/auth';
import { REPO_ROOT } from '@muster/infra';
import { newSigningKey } from '@muster/log-proofs';
import { CorpusPerson, CorpusReport, corpusPeople, evaluateCorpus, nameSearchCorpus } from '@muster/names/testing';
import { ServiceProcess, spawnService } from '@muster/service-testing';
import { createTestDatabase, serviceKafkaEnvironment, startDedicatedKafka } from '@muster/testing';
import { median, quantile } from '../stats';

const setting = (name: string, fallback: string): string => process.env[`BENCH_${name}`] ?? fallback;
/** The last commit whose search is the v1 index (one key, every prefix, candidates decrypted and ranked). */
const BASELINE = setting('BASELINE', 'f0a7729');
const MEMBERS = Number(setting('MEMBERS', '10000'));
const RUNS = Number(setting('RUNS', '5'));
const WRITERS = 8;
const SECRET = randomBytes(32).toString('hex');
const log = (line: string): void => void process.stderr.write(`[bench:name-search] ${line}\n`);

interface Contender {
  readonly label: string;
  readonly service: ServiceProcess;
  /** member id → corpus person id */
  readonly personOf: Map<string, string>;
}

async function post(url: string, token: string, body: object): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: token, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** Applies the people through `POST /members`, WRITERS at a time; records their member ids when asked. */
async function register(
  contender: Contender,
  token: string,
  people: readonly CorpusPerson[],
  remember: boolean,
): Promise<void> {
  let next = 0;
  const writer = async (): Promise<void> => {
    while (next < people.length) {
      const person = people[next++] as CorpusPerson;
      const res = await post(`${contender.service.url}/members`, token, {
        callSign: `Bench-${next}`,
        rolesSought: ['rescuer'],
        appliedOn: '2025-01-10',
        identity: {
          name: person.name,
          dateOfBirth: { kind: 'year', year: 1990 },
          nationalId: `BENCH-${next}`,
          phone: '+963 944 000 000',
          homeArea: 'Quarter 1',
          emergencyContact: { name: 'Fatima', relation: 'sister', phone: '+963 944 000 001' },
          bloodType: 'O+',
        },
      });
      if (res.status !== 201)
        throw new Error(`${contender.label}: apply answered ${res.status} ${JSON.stringify(res.body)}`);
      if (remember) contender.personOf.set((res.body as { id: string }).id, person.id);
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
}

interface Page {
  items: { memberId: string }[];
  total: number;
}

const search = (contender: Contender, token: string, q: string, offset = 0): Promise<Page> =>
  post(`${contender.service.url}/members/search`, token, { q, limit: 50, offset }).then((r) => {
    if (r.status !== 200) throw new Error(`${contender.label}: search answered ${r.status}`);
    return r.body as Page;
  });

/** Every match as corpus ids, best first (pages of 50; the route pages at most 550 deep). */
async function allMatches(contender: Contender, token: string, q: string): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; offset <= 500; offset += 50) {
    const page = await search(contender, token, q, offset);
    ids.push(...page.items.map((i) => contender.personOf.get(i.memberId) ?? '?'));
    if (offset + 50 >= page.total) break;
  }
  return ids;
}

interface Run {
  readonly p50: number;
  readonly p99: number;
}

async function timed(work: () => Promise<unknown>, into: number[]): Promise<void> {
  const started = performance.now();
  await work();
  into.push(performance.now() - started);
}

/**
 * Each query on both services, in alternating order, and beside them the HTTP stack alone on this checkout
 * (`GET /members/:memberId`: auth, validation, one indexed row): per run, the p50 and p99 of each.
 */
async function latency(contenders: readonly Contender[], token: string, queries: readonly string[], memberId: string) {
  const runs: Run[][] = [];
  const ours = contenders[0] as Contender;
  for (let run = 0; run <= RUNS; run++) {
    const samples: number[][] = [[], [], []];
    for (const [i, q] of queries.entries()) {
      for (const c of (i + run) % 2 === 0 ? [0, 1] : [1, 0]) {
        await timed(() => search(contenders[c] as Contender, token, q), samples[c] as number[]);
      }
      await timed(
        () =>
          fetch(`${ours.service.url}/members/${memberId}`, { headers: { authorization: token } }).then((r) => r.json()),
        samples[2] as number[],
      );
    }
    const result = samples.map((s): Run => ({ p50: quantile(s, 0.5), p99: quantile(s, 0.99) }));
    log(`latency run ${run}: ${JSON.stringify(result)}`);
    if (run > 0) runs.push(result); // run 0 warms the caches up: discarded
  }
  return [0, 1, 2].map((c) => runs.map((r) => r[c] as Run));
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function qualityRows(label: string, r: CorpusReport): string[] {
  return [
    `| ${label} | ${pct(r.recall)} | ${pct(r.precision)} | ${r.targets.atRank1}/${r.targets.count} | ` +
      `${r.targets.inPlace}/${r.targets.count} | ${r.targets.found}/${r.targets.count} | ` +
      `${r.nearMisses.count - r.nearMisses.leaked.length}/${r.nearMisses.count} | ` +
      `${r.orderings.count - r.orderings.failed.length}/${r.orderings.count} |`,
  ];
}

/** The baseline's checkout: its tree at the commit, with this checkout's node_modules. */
function checkoutBaseline(): string {
  const dir = mkdtempSync(join(tmpdir(), 'muster-baseline-'));
  const tar = execFileSync('git', ['-C', REPO_ROOT, 'archive', '--format=tar', BASELINE], {
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const postgresVersion = (url: string): Promise<string> =>
  withClient(url, async (client) => {
    const [row] = (await client.query<{ server_version: string }>(`SHOW server_version`)).rows;
    return row?.server_version ?? '?';
  });

async function main(): Promise<void> {
  if (!process.env['DATABASE_URL']) throw new Error('Set DATABASE_URL to the PostgreSQL server');
  const started = Date.now();
  const loadBefore = loadavg().map((l) => l.toFixed(1));
  const baselineDir = checkoutBaseline();
  const broker = await startDedicatedKafka();
  const current = await createTestDatabase('bench-names');
  const baseline = await createTestDatabase('bench-names-base');
  const databases = [current, baseline];
  const contenders: Contender[] = [];
  try {
    const env = (url: string): Record<string, string> => ({
      DATABASE_URL: url,
      ...serviceKafkaEnvironment('personnel'),
      KAFKA_BROKERS: broker.brokers,
      JWT_SECRET: SECRET,
      LOG_SIGNING_KEY: newSigningKey().pkcs8Base64,
      IDENTITY_KEK: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      RATE_LIMIT_PER_MINUTE: '10000000', // one client at full speed is not an abuser to throttle
    });
    const mainFile = 'services/personnel/src/main.ts';
    contenders.push(
      { label: 'this checkout', service: await spawnService(mainFile, env(current.url)), personOf: new Map() },
      {
        label: `baseline (${BASELINE})`,
        service: await spawnService(mainFile, env(baseline.url), { root: baselineDir }),
        personOf: new Map(),
      },
    );
    const token = `Bearer ${await signDevelopmentToken(SECRET, { sub: 'bench', name: 'Bench', roles: ['hr'] })}`;
    const corpus = nameSearchCorpus();

    const reports: CorpusReport[] = [];
    for (const contender of contenders) {
      await register(contender, token, corpus.people, true);
      reports.push(await evaluateCorpus(corpus, (q) => allMatches(contender, token, q)));
      log(`${contender.label}: corpus judged`);
    }

    const filler = corpusPeople(MEMBERS - corpus.people.length, 7, false);
    for (const contender of contenders) {
      const t0 = performance.now();
      await register(contender, token, filler, false);
      log(`${contender.label}: ${filler.length} more members in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
    // As autovacuum leaves a register that has stopped growing: statistics, and a visibility map for index-only scans.
    for (const database of databases) await withClient(database.url, (client) => client.query(`VACUUM ANALYZE`));
    const queries = corpus.queries.map((q) => q.q);
    const someone = [...(contenders[0] as Contender).personOf.keys()][0] as string;
    const [ours, theirs, floor] = (await latency(contenders, token, queries, someone)) as [Run[], Run[], Run[]];
    const [quality, baseQuality] = reports as [CorpusReport, CorpusReport];
    const ms = (x: number): string => `${x.toFixed(1)} ms`;
    const lat = (label: string, runs: Run[]): string =>
      `| ${label} | ${ms(median(runs.map((r) => r.p50)))} | **${ms(median(runs.map((r) => r.p99)))}** | ` +
      `${runs.map((r) => r.p99.toFixed(0)).join(', ')} ms |`;
    const kinds = Object.keys(quality.byKind);
    const out = [
      `# Name search benchmark (${new Date().toISOString()})`,
      '',
      `Machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
        `PostgreSQL ${await postgresVersion(current.url)}, Node ${process.version}; load average ` +
        `${loadBefore.join(' / ')} before, ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' / ')} after; ${((Date.now() - started) / 60000).toFixed(1)} minutes.`,
      '',
      `## Quality: the corpus (${corpus.people.length} people, ${quality.queries} queries)`,
      '',
      '| search | recall | precision | person first | at or above their rank | found at all | near misses kept out | orderings |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...qualityRows('this checkout', quality),
      ...qualityRows(`baseline: today's search (${BASELINE})`, baseQuality),
      '',
      '| kind of query | queries | recall | precision | baseline recall | baseline precision |',
      '| --- | --- | --- | --- | --- | --- |',
      ...kinds.map((k) => {
        const a = quality.byKind[k] as { queries: number; recall: number; precision: number };
        const b = baseQuality.byKind[k] ?? { recall: NaN, precision: NaN };
        return `| ${k} | ${a.queries} | ${pct(a.recall)} | ${pct(a.precision)} | ${pct(b.recall)} | ${pct(b.precision)} |`;
      }),
      '',
      `Median rank of the person looked for: ${quality.targets.medianRank} (baseline ${baseQuality.targets.medianRank}).`,
      `Near misses let in: ${quality.nearMisses.leaked.map((l) => `${l.q} (${l.ids.length})`).join(', ') || 'none'}` +
        ` (baseline: ${baseQuality.nearMisses.leaked.map((l) => `${l.q} (${l.ids.length})`).join(', ') || 'none'}).`,
      `Orderings failed: ${quality.orderings.failed.map((f) => f.q).join(', ') || 'none'}` +
        ` (baseline: ${baseQuality.orderings.failed.map((f) => f.q).join(', ') || 'none'}).`,
      `Misplaced: ${quality.targets.misses.map((m) => `${m.q} (${m.rank ?? 'not found'}, at most ${m.maxRank})`).join('; ') || 'none'}` +
        ` (baseline: ${baseQuality.targets.misses.length}, e.g. ${baseQuality.targets.misses
          .slice(0, 6)
          .map((m) => `${m.q} (${m.rank ?? 'not found'})`)
          .join('; ')}).`,
      '',
      '| not covered | why | recall | precision | baseline recall | baseline precision |',
      '| --- | --- | --- | --- | --- | --- |',
      ...quality.gaps.map((g, i) => {
        const b = baseQuality.gaps[i] as { recall: number; precision: number };
        return `| ${g.q} | ${g.why} | ${pct(g.recall)} | ${pct(g.precision)} | ${pct(b.recall)} | ${pct(b.precision)} |`;
      }),
      '',
      `## Latency: ${MEMBERS} members, ${queries.length} queries per run, ${RUNS} runs (one warm-up discarded), sequential over HTTP`,
      '',
      '| search | p50 | p99 | p99 of each run |',
      '| --- | --- | --- | --- |',
      lat('this checkout: `POST /members/search`', ours),
      lat(`baseline (${BASELINE}): \`POST /members/search\``, theirs),
      lat('the HTTP stack alone: `GET /members/:memberId` (this checkout)', floor),
      '',
    ].join('\n');
    process.stdout.write(out);
    const dir = join(REPO_ROOT, 'bench/name-search/results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'latest.md'), out);
  } finally {
    for (const c of contenders) await c.service.stop('SIGTERM');
    for (const d of databases) await d.drop();
    await broker.dispose();
    rmSync(baselineDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
