/**
 * Equipment's fuel issues and donor report: `npm run bench:equipment` (DATABASE_URL: the PostgreSQL server to make a
 * throwaway database on).
 *
 * 1. Fuel-issue throughput: `POST /fuel-ledgers/:centreId/issues` to the equipment service spawned from its main file
 *    (the vehicle's facts read, the ledger loaded from its snapshot, the anomaly checks, one append with the inline
 *    read models), 4 clients on 4 centres' ledgers. Baseline in the same run, interleaved: the same `FuelIssued` event
 *    appended straight through `PostgresEventStore.append` to 4 other ledgers, 4 at a time. Each run's issues land on
 *    the history of the runs before: a flat rate across runs is the O(1) check. Beside them, what the HTTP stack alone
 *    costs: `GET /fuel-ledgers/:centreId` by the same clients.
 * 2. Donor report: one donor with 2,000 vehicles and 200,000 traces (an asset's trace after each of its events),
 *    written straight into `donor_assets` / `donor_asset_history` in the shape the projection writes, dated over the
 *    two years after the donor's registration; then `GET /reports/donors/:donorId/traceability?asOf=` on dates over
 *    those two years. Baseline, interleaved:
 *    `GET /donors/:donorId` (one row through the same HTTP stack).
 *
 * Prints a markdown report and writes it to bench/equipment/results/latest.md; drops the database and the broker.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { signDevelopmentToken } from '@muster/auth';
import { PostgresEventStore } from '@muster/event-store';
import { REPO_ROOT } from '@muster/infra';
import { newSigningKey } from '@muster/log-proofs';
import { makeCentresKnown, spawnService, TEST_JWT_SECRET } from '@muster/service-testing';
import { createTestDatabase, serviceKafkaEnvironment, startDedicatedKafka } from '@muster/testing';
import { median, quantile } from '../stats';

const setting = (name: string, fallback: number): number => Number(process.env[`BENCH_${name}`] ?? fallback);
const ISSUES = setting('ISSUES', 2000);
const RUNS = setting('RUNS', 5);
const CLIENTS = 4;
const VEHICLES_PER_CLIENT = 10;
const REPORT_VEHICLES = setting('REPORT_VEHICLES', 2000);
const TRACES_PER_VEHICLE = setting('TRACES_PER_VEHICLE', 100);
const REPORT_REQUESTS = setting('REPORT_REQUESTS', 100);
// The test secret: `makeCentresKnown` asks the service with a token signed by it.
const SECRET = TEST_JWT_SECRET;
const log = (line: string): void => void process.stderr.write(`[bench:equipment] ${line}\n`);

interface Http {
  post(path: string, body: object): Promise<Record<string, unknown>>;
  get(path: string): Promise<unknown>;
}

function httpOf(url: string, token: string): Http {
  const call = async (method: string, path: string, body?: object) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: token, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  return { post: (path, body) => call('POST', path, body), get: (path) => call('GET', path) };
}

/** A client's vehicles, each with its odometer moving 100 km a fill. */
interface Fleet {
  centreId: string;
  vehicles: { vehicleId: string; odometerKm: number }[];
  next: number;
}

function nextFill(fleet: Fleet): { vehicleId: string; odometerKm: number } {
  const vehicle = fleet.vehicles[fleet.next++ % fleet.vehicles.length] as Fleet['vehicles'][number];
  vehicle.odometerKm += 100;
  return vehicle;
}

const issuedAt = (): string => new Date(Date.now() - 60_000).toISOString();

async function inParallel(fleets: readonly Fleet[], total: number, one: (fleet: Fleet) => Promise<unknown>) {
  const perClient = Math.ceil(total / fleets.length);
  const start = performance.now();
  await Promise.all(
    fleets.map(async (fleet) => {
      for (let i = 0; i < perClient; i++) await one(fleet);
    }),
  );
  return (perClient * fleets.length) / ((performance.now() - start) / 1000);
}

async function benchFuel(http: Http, store: PostgresEventStore, newCentre: () => Promise<string>) {
  const fleets = async (): Promise<Fleet[]> =>
    Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const centreId = await newCentre();
        const vehicles = [];
        for (let v = 0; v < VEHICLES_PER_CLIENT; v++) {
          const { id } = await http.post('/vehicles', {
            plate: `BN ${randomBytes(3).toString('hex')}`,
            type: 'ambulance',
            make: 'Toyota',
            model: 'Land Cruiser',
            centreId,
            acquiredOn: '2024-01-01',
            odometerKm: 100_000,
            fuelType: 'diesel',
            tankCapacityLitres: 120,
            serviceIntervalKm: 10_000,
            serviceIntervalMonths: 6,
          });
          vehicles.push({ vehicleId: id as string, odometerKm: 100_000 });
        }
        return { centreId, vehicles, next: 0 };
      }),
    );
  const issuing = await fleets();
  const appending = await fleets();
  for (const fleet of issuing) {
    await http.post(`/fuel-ledgers/${fleet.centreId}/deliveries`, {
      litres: 1_000_000,
      supplier: 'Bench Fuel Co.',
      receivedBy: randomUUID(),
      deliveredAt: issuedAt(),
    });
  }
  const metadata = { actorId: 'bench', actorRoles: ['logistics'], correlationId: randomUUID() };
  // 12 l per 100 km, a little noise: consumption stays normal, so nothing is flagged and every fill is a sample.
  const litres = () => Math.round((11 + Math.random() * 2) * 10) / 10;
  const issue = (fleet: Fleet) => {
    const { vehicleId, odometerKm } = nextFill(fleet);
    return http.post(`/fuel-ledgers/${fleet.centreId}/issues`, {
      targetKind: 'vehicle',
      targetId: vehicleId,
      odometerKm,
      litres: litres(),
      issuedBy: randomUUID(),
      receivedBy: randomUUID(),
      issuedAt: issuedAt(),
    });
  };
  const append = (fleet: Fleet) => {
    const { vehicleId, odometerKm } = nextFill(fleet);
    const l = litres();
    return store.append(
      `fuelledger-${fleet.centreId}`,
      [
        {
          type: 'FuelIssued',
          data: {
            centreId: fleet.centreId,
            issueId: randomUUID(),
            target: { kind: 'vehicle', vehicleId, odometerKm },
            litres: l,
            issuedBy: randomUUID(),
            receivedBy: randomUUID(),
            issuedAt: issuedAt(),
            consumption: { distanceKm: 100, litresPer100Km: l },
            flags: [],
            balanceLitres: 1_000_000 - l,
          },
        },
      ],
      { expectedVersion: 'any', metadata },
    );
  };
  // Warm-up (discarded), then runs alternating the two, so both see the same machine.
  await inParallel(issuing, 200, issue);
  await inParallel(appending, 200, append);
  // The same command path with a plain append of the ledger's other event: a delivery (no vehicle, no check).
  const deliver = (fleet: Fleet) =>
    http.post(`/fuel-ledgers/${fleet.centreId}/deliveries`, {
      litres: 50,
      supplier: 'Bench Fuel Co.',
      receivedBy: randomUUID(),
      deliveredAt: issuedAt(),
    });
  await inParallel(appending, 200, deliver);
  // What the HTTP stack alone costs (auth, validation, one indexed read, JSON): the ledger's row, as often.
  const read = (fleet: Fleet) => http.get(`/fuel-ledgers/${fleet.centreId}`);
  const runs: { issues: number; deliveries: number; appends: number; reads: number }[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const issues = await inParallel(issuing, ISSUES, issue);
    const deliveries = await inParallel(appending, ISSUES, deliver);
    const appends = await inParallel(appending, ISSUES, append);
    const reads = await inParallel(issuing, ISSUES, read);
    runs.push({ issues, deliveries, appends, reads });
    log(
      `fuel run ${run}: ${Math.round(issues)} issues/s, ${Math.round(deliveries)} deliveries/s, ` +
        `${Math.round(appends)} appends/s, ${Math.round(reads)} reads/s`,
    );
  }
  return runs;
}

async function seedDonorReport(http: Http, dataSource: DataSource): Promise<{ donorId: string; from: Date }> {
  const { id } = await http.post('/donors', {
    names: { ar: 'مانح البنش', en: 'Bench donor' },
    kind: 'government',
    country: 'DE',
  });
  const donorId = id as string;
  // The traces are dated over the two years after the donor's registration (a report reads any instant; the donor
  // must be on record by then, and its stream's dates cannot be made up).
  const from = new Date(Date.now() + 60_000);
  await dataSource.query(
    `INSERT INTO donor_assets (asset_id, donor_id, kind, label, registered_at)
     SELECT gen_random_uuid(), $1, 'vehicle',
            jsonb_build_object('type', 'ambulance', 'plate', 'BN ' || i, 'make', 'Toyota', 'model', 'Land Cruiser',
                               'vin', NULL, 'year', 2015),
            $2::timestamptz + (i % 30) * interval '1 day'
       FROM generate_series(1, $3::int) i`,
    [donorId, from, REPORT_VEHICLES],
  );
  // One trace per event, spread over two years: place, state and counters as the projection writes them.
  await dataSource.query(
    `INSERT INTO donor_asset_history (event_id, asset_id, valid_from, trace)
     SELECT gen_random_uuid(), a.asset_id,
            a.registered_at + k * ((interval '700 days') / $2::int),
            jsonb_build_object(
              'centreId', gen_random_uuid(), 'status', CASE WHEN k % 9 = 8 THEN 'unserviceable' ELSE 'serviceable' END,
              'destinationCentreId', NULL, 'odometerKm', 100000 + k * 150, 'moves', k / 2,
              'lastMoveAt', to_char(a.registered_at + k * interval '7 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
              'damage', k / 20, 'lastDamage', CASE WHEN k >= 20 THEN jsonb_build_object('cause', 'air-strike',
                'occurredOn', '2025-03-01') END,
              'repairOrders', k / 20, 'repairsClosed', k / 25, 'repairCost', jsonb_build_object('USD', (k / 20) * 850),
              'fuelIssues', k / 3, 'fuelLitres', (k / 3) * 60, 'quantity', NULL, 'issued', NULL,
              'fate', CASE WHEN k = $2::int - 1 AND a.asset_id::text < '1' THEN jsonb_build_object('reason', 'destroyed',
                'on', '2026-01-01', 'evidenceRef', 'INC-1') END)
       FROM donor_assets a, generate_series(0, $2::int - 1) k
      WHERE a.donor_id = $1`,
    [donorId, TRACES_PER_VEHICLE],
  );
  await dataSource.query(`ANALYZE donor_assets; ANALYZE donor_asset_history`);
  return { donorId, from };
}

async function timed(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await call();
  return performance.now() - start;
}

async function benchReport(http: Http, donorId: string, from: Date) {
  const span = 700 * 86_400_000;
  const runs: { p50: number; p99: number; baseP50: number; baseP99: number }[] = [];
  let assets = 0;
  for (let run = 0; run <= RUNS; run++) {
    const report: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < REPORT_REQUESTS; i++) {
      const asOf = new Date(from.getTime() + ((i + 1) / REPORT_REQUESTS) * span).toISOString();
      report.push(
        await timed(async () => {
          const body = (await http.get(`/reports/donors/${donorId}/traceability?asOf=${asOf}`)) as {
            assets: unknown[];
          };
          assets = Math.max(assets, body.assets.length);
        }),
      );
      baseline.push(await timed(() => http.get(`/donors/${donorId}`)));
    }
    report.sort((a, b) => a - b);
    baseline.sort((a, b) => a - b);
    const result = {
      p50: quantile(report, 0.5),
      p99: quantile(report, 0.99),
      baseP50: quantile(baseline, 0.5),
      baseP99: quantile(baseline, 0.99),
    };
    // Run 0 warms the caches up: discarded.
    if (run > 0) runs.push(result);
    log(`report run ${run}: ${JSON.stringify(result)}`);
  }
  return { runs, assets };
}

async function main(): Promise<void> {
  if (!process.env['DATABASE_URL']) throw new Error('Set DATABASE_URL to the PostgreSQL server');
  const broker = await startDedicatedKafka();
  const database = await createTestDatabase('bench-equipment');
  const dataSource = new DataSource({ type: 'postgres', url: database.url, poolSize: 10, logging: false });
  let service: Awaited<ReturnType<typeof spawnService>> | undefined;
  try {
    service = await spawnService('services/equipment/src/main.ts', {
      ...serviceKafkaEnvironment('equipment'),
      DATABASE_URL: database.url,
      KAFKA_BROKERS: broker.brokers,
      JWT_SECRET: SECRET,
      LOG_SIGNING_KEY: newSigningKey().pkcs8Base64,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      // One client at full speed is not an abuser to throttle.
      RATE_LIMIT_PER_MINUTE: '10000000',
    });
    await dataSource.initialize();
    const store = new PostgresEventStore(dataSource);
    const token = `Bearer ${await signDevelopmentToken(SECRET, { sub: 'bench', name: 'Bench', roles: ['logistics'] })}`;
    const http = httpOf(service.url, token);
    const load = loadavg()[0]?.toFixed(1);

    // Equipment takes vehicles and ledgers only at centres it knows: announce them as the centres service would.
    process.env['KAFKA_BROKERS'] = broker.brokers;
    const running = service;
    const newCentre = async (): Promise<string> => {
      const centreId = randomUUID();
      await makeCentresKnown(running, centreId);
      return centreId;
    };
    const fuel = await benchFuel(http, store, newCentre);
    const { donorId, from } = await seedDonorReport(http, dataSource);
    const { runs: report, assets } = await benchReport(http, donorId, from);

    const issues = median(fuel.map((r) => r.issues));
    const appends = median(fuel.map((r) => r.appends));
    const deliveries = median(fuel.map((r) => r.deliveries));
    const reads = median(fuel.map((r) => r.reads));
    const out = [
      `# Equipment benchmark (${new Date().toISOString()})`,
      '',
      `Machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB; ` +
        `load average ${load} at the start, ${loadavg()[0]?.toFixed(1)} at the end.`,
      '',
      `Fuel issues, ${CLIENTS} clients, ${ISSUES} per run, ${RUNS} runs (median; each run on the history of the ones before):`,
      '',
      '| path | per second | each run |',
      '| --- | --- | --- |',
      `| \`POST /fuel-ledgers/:centreId/issues\` | ${Math.round(issues)} | ${fuel.map((r) => Math.round(r.issues)).join(', ')} |`,
      `| baseline: \`POST /fuel-ledgers/:centreId/deliveries\` (same path, no check) | ${Math.round(deliveries)} | ${fuel.map((r) => Math.round(r.deliveries)).join(', ')} |`,
      `| ratio to the same path | ${(issues / deliveries).toFixed(2)}× | |`,
      `| floor: \`store.append\` of the same event | ${Math.round(appends)} | ${fuel.map((r) => Math.round(r.appends)).join(', ')} |`,
      `| ratio to the floor | ${(issues / appends).toFixed(2)}× | |`,
      `| HTTP alone: \`GET /fuel-ledgers/:centreId\` | ${Math.round(reads)} | ${fuel.map((r) => Math.round(r.reads)).join(', ')} |`,
      '',
      `Donor report, ${assets} vehicles, ${REPORT_VEHICLES * TRACES_PER_VEHICLE} traces, ${REPORT_REQUESTS} requests per run, ${RUNS} runs (median of the runs):`,
      '',
      '| read | p50 | p99 | p99 of each run |',
      '| --- | --- | --- | --- |',
      `| \`GET /reports/donors/:donorId/traceability?asOf=\` | ${median(report.map((r) => r.p50)).toFixed(1)} ms | ${median(report.map((r) => r.p99)).toFixed(1)} ms | ${report.map((r) => r.p99.toFixed(0)).join(', ')} ms |`,
      `| baseline: \`GET /donors/:donorId\` | ${median(report.map((r) => r.baseP50)).toFixed(1)} ms | ${median(report.map((r) => r.baseP99)).toFixed(1)} ms | ${report.map((r) => r.baseP99.toFixed(0)).join(', ')} ms |`,
      '',
    ].join('\n');
    process.stdout.write(out);
    const dir = join(REPO_ROOT, 'bench/equipment/results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'latest.md'), out);
  } finally {
    await service?.stop('SIGTERM');
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
    await broker.dispose();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
