/**
 * Readiness keeps up: `npm run bench:readiness` (DATABASE_URL: the PostgreSQL server to make a throwaway database on).
 *
 * 1. Latency: upstream envelopes at a steady rate across personnel's, equipment's and training's topics of a throwaway
 *    Kafka broker, into a centres service started from its main file; for each, the time from the broker's ack of
 *    its send to its fact committed in `readiness_facts` (with its subject's periods, same transaction), seen by a
 *    poller. Baseline in the same run: a bare kafkajs consumer on the same topics (the broker's own delivery time).
 * 2. Rebuild: the log filled to N facts, then `POST /admin/projections/centre-readiness/rebuild`, timed. Baseline: the
 *    same log read once, in the rebuild's order, by a bare `pg` client.
 *
 * Prints a markdown report and writes it to bench/readiness/results/latest.md; drops the database and the broker.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Kafka, Partitioners, Producer } from 'kafkajs';
import { Client } from 'pg';
import { signDevelopmentToken } from '@muster/auth';
import { EventEnvelope, ServiceName, topicOf } from '@muster/contracts';
import { REPO_ROOT } from '@muster/infra';
import { newSigningKey } from '@muster/log-proofs';
import { envelopeOf, spawnService } from '@muster/service-testing';
import { createTestDatabase, serviceKafkaEnvironment, startDedicatedKafka, testKafka } from '@muster/testing';
import { median, quantile } from '../stats';

const setting = (name: string, fallback: number): number => Number(process.env[`BENCH_${name}`] ?? fallback);
const RATE = setting('RATE', 200);
const SECONDS = setting('SECONDS', 30);
const RUNS = setting('RUNS', 3);
const FACTS = setting('FACTS', 100_000);
const REBUILDS = setting('REBUILDS', 3);
const CENTRES = 20;
const SECRET = randomBytes(32).toString('hex');
const log = (line: string): void => void process.stderr.write(`[bench:readiness] ${line}\n`);

const ms = (value: number): string => `${Math.round(value)} ms`;

interface LatencyRun {
  sent: number;
  seen: number;
  p50: number;
  p99: number;
  max: number;
  rawP50: number;
  rawP99: number;
}

/** The upstream traffic: new members, their leave and certifications, vehicles registered and changing status. */
class Traffic {
  private readonly members: string[] = [];
  private readonly vehicles: string[] = [];
  private i = 0;

  constructor(private readonly centres: readonly string[]) {}

  next(): EventEnvelope {
    this.i += 1;
    const centreId = this.centres[this.i % this.centres.length] as string;
    const member = this.members[this.i % Math.max(1, this.members.length)];
    const vehicle = this.vehicles[this.i % Math.max(1, this.vehicles.length)];
    switch (this.i % 4) {
      case 0:
      case 1: {
        if (member && this.i % 8 === 1) {
          return envelopeOf('personnel', 'MemberWentOnLeave', `member-${member}`, {
            from: '2026-01-10',
            until: '2026-01-20',
          });
        }
        const memberId = randomUUID();
        this.members.push(memberId);
        const roles = ['driver', 'rescuer'];
        return envelopeOf('personnel', 'MemberOnboarded', `member-${memberId}`, {
          centreId,
          roles,
          startsOn: '2026-01-01',
        });
      }
      case 2: {
        const certificationId = randomUUID();
        return envelopeOf('training', 'CertificationAwarded', `certification-${certificationId}`, {
          certificationId,
          memberId: member ?? randomUUID(),
          competency: 'driving',
          issuedOn: '2026-01-02',
          expiresOn: null,
        });
      }
      default: {
        if (vehicle && this.i % 8 === 7) {
          return envelopeOf('equipment', 'VehicleStatusChanged', `vehicle-${vehicle}`, {
            vehicleId: vehicle,
            status: 'unserviceable',
            reasonCode: 'DAMAGED',
          });
        }
        const vehicleId = randomUUID();
        this.vehicles.push(vehicleId);
        return envelopeOf('equipment', 'VehicleRegistered', `vehicle-${vehicleId}`, {
          vehicleId,
          vehicleType: 'ambulance',
          centreId,
          status: 'serviceable',
        });
      }
    }
  }
}

async function latencyRun(kafka: Kafka, producer: Producer, db: Client, traffic: Traffic): Promise<LatencyRun> {
  const sentAt = new Map<string, number>();
  const seenAt = new Map<string, number>();
  const rawAt = new Map<string, number>();
  const raw = kafka.consumer({ groupId: `bench-raw-${randomUUID()}` });
  await raw.connect();
  await raw.subscribe({ topics: (['personnel', 'equipment', 'training'] as ServiceName[]).map(topicOf) });
  const joined = new Promise<void>((resolve) => raw.on(raw.events.GROUP_JOIN, () => resolve()));
  await raw.run({
    eachMessage: async ({ message }) => {
      const id = message.headers?.['bench-id']?.toString();
      if (id) rawAt.set(id, performance.now());
    },
  });
  await joined;

  let [{ last }] = (await db.query(`SELECT coalesce(max(seq), 0)::text AS last FROM readiness_facts`)).rows as [
    { last: string },
  ];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const { rows } = await db.query<{ event_id: string; seq: string }>(
        `SELECT event_id::text, seq::text FROM readiness_facts WHERE seq > $1 ORDER BY seq`,
        [last],
      );
      const now = performance.now();
      for (const row of rows) {
        seenAt.set(row.event_id, now);
        last = row.seq;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  })();

  // A steady rate: every 50 ms, the events due by then, each acked by the broker before the next tick's.
  const total = RATE * SECONDS;
  const start = performance.now();
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * RATE) + 1);
    const batch = Array.from({ length: due - sent }, () => traffic.next());
    await Promise.all(
      batch.map(async (e) => {
        await producer.send({
          topic: topicOf(e.source),
          messages: [{ key: e.streamId, value: JSON.stringify(e), headers: { 'bench-id': e.id } }],
        });
        sentAt.set(e.id, performance.now());
      }),
    );
    sent = due;
    await new Promise((r) => setTimeout(r, 50));
  }
  const deadline = Date.now() + 60_000;
  while ([...sentAt.keys()].some((id) => !seenAt.has(id)) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  polling = false;
  await poller;
  await raw.disconnect();

  const delays = (at: Map<string, number>) =>
    [...sentAt]
      .flatMap(([id, t]) => (at.has(id) ? [Math.max(0, (at.get(id) as number) - t)] : []))
      .sort((a, b) => a - b);
  const seen = delays(seenAt);
  const rawDelays = delays(rawAt);
  return {
    sent: sentAt.size,
    seen: seen.length,
    p50: quantile(seen, 0.5),
    p99: quantile(seen, 0.99),
    max: seen.at(-1) ?? NaN,
    rawP50: quantile(rawDelays, 0.5),
    rawP99: quantile(rawDelays, 0.99),
  };
}

/** Fills the log to `FACTS` facts of the shapes the consumer writes: members, their certifications, vehicles. */
async function fillLog(db: Client, centres: readonly string[]): Promise<number> {
  const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM readiness_facts`)).rows as [
    { count: number },
  ];
  await db.query(
    `WITH g AS (SELECT i, i / 10 AS n, i % 10 AS r, ($2::text[])[1 + (i / 10) % $3] AS centre,
                       md5('member' || i / 10)::uuid::text AS member, md5('vehicle' || i / 10)::uuid::text AS vehicle,
                       date '2024-01-01' + ((i / 10) % 300) AS day
                  FROM generate_series(1, $1) AS i)
     INSERT INTO readiness_facts (event_id, source, kind, subject_id, type, at, stream_order, data)
     SELECT gen_random_uuid(), f.source, f.kind, f.subject, f.type, f.at, g.r, f.data FROM g, LATERAL (
       SELECT * FROM (VALUES
         (0, 'personnel', 'member', member, 'MemberOnboarded', day::timestamptz,
          jsonb_build_object('centreId', centre, 'roles', jsonb_build_array('driver', 'rescuer'), 'startsOn', day)),
         (1, 'personnel', 'member', member, 'MemberWentOnLeave', (day + 10)::timestamptz,
          jsonb_build_object('from', day + 10, 'until', day + 20)),
         (2, 'personnel', 'member', member, 'MemberReturnedFromLeave', (day + 20)::timestamptz,
          jsonb_build_object('returnedOn', day + 20)),
         (3, 'personnel', 'member', member, 'MemberRolesChanged', (day + 30)::timestamptz,
          jsonb_build_object('roles', jsonb_build_array('driver', 'firefighter'), 'effectiveOn', day + 30)),
         (4, 'training', 'certification', md5('cert-a' || n)::uuid::text, 'CertificationAwarded', day::timestamptz,
          jsonb_build_object('certificationId', md5('cert-a' || n)::uuid, 'memberId', member, 'competency', 'driving',
                             'issuedOn', day, 'expiresOn', null)),
         (5, 'training', 'certification', md5('cert-b' || n)::uuid::text, 'CertificationAwarded', day::timestamptz,
          jsonb_build_object('certificationId', md5('cert-b' || n)::uuid, 'memberId', member,
                             'competency', 'firefighting', 'issuedOn', day, 'expiresOn', day + 365)),
         (6, 'training', 'certification', md5('cert-b' || n)::uuid::text, 'CertificationRenewed', (day + 300)::timestamptz,
          jsonb_build_object('certificationId', md5('cert-b' || n)::uuid, 'memberId', member,
                             'competency', 'firefighting', 'expiresOn', day + 730)),
         (7, 'equipment', 'vehicle', vehicle, 'VehicleRegistered', day::timestamptz,
          jsonb_build_object('vehicleId', vehicle, 'vehicleType', 'fire-engine', 'centreId', centre,
                             'status', 'serviceable')),
         (8, 'equipment', 'vehicle', vehicle, 'VehicleStatusChanged', (day + 40)::timestamptz,
          jsonb_build_object('vehicleId', vehicle, 'status', 'unserviceable', 'reasonCode', 'DAMAGED')),
         (9, 'equipment', 'vehicle', vehicle, 'VehicleStatusChanged', (day + 50)::timestamptz,
          jsonb_build_object('vehicleId', vehicle, 'status', 'serviceable', 'reasonCode', 'REPAIRED'))
       ) AS v(r, source, kind, subject, type, at, data) WHERE v.r = g.r
     ) AS f`,
    [Math.max(0, FACTS - count), centres, centres.length],
  );
  const [{ total }] = (await db.query(`SELECT count(*)::int AS total FROM readiness_facts`)).rows as [
    { total: number },
  ];
  return total;
}

async function main(): Promise<void> {
  if (!process.env['DATABASE_URL']) throw new Error('Set DATABASE_URL to the PostgreSQL server to bench on');
  log('starting a throwaway broker and database');
  const broker = await startDedicatedKafka();
  const database = await createTestDatabase('bench_readiness');
  const kafka = testKafka('bench-readiness', [broker.brokers]);
  const admin = kafka.admin();
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true });
  const db = new Client({ connectionString: database.url });
  let service: Awaited<ReturnType<typeof spawnService>> | undefined;
  try {
    await admin.connect();
    await admin.createTopics({
      topics: (['personnel', 'equipment', 'training', 'centres'] as ServiceName[]).map((s) => ({
        topic: topicOf(s),
        numPartitions: 3,
      })),
    });
    await admin.disconnect();
    service = await spawnService('services/centres/src/main.ts', {
      ...serviceKafkaEnvironment('centres'),
      DATABASE_URL: database.url,
      KAFKA_BROKERS: broker.brokers,
      JWT_SECRET: SECRET,
      LOG_SIGNING_KEY: newSigningKey().pkcs8Base64,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
    });
    const url = service.url;
    const token = `Bearer ${await signDevelopmentToken(SECRET, { sub: 'bench-admin', name: 'Bench', roles: ['admin'] })}`;
    const post = async (path: string, body: object) => {
      const res = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { authorization: token, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<Record<string, unknown>>;
    };
    const centres: string[] = [];
    for (let c = 0; c < CENTRES; c++) {
      const { id } = await post('/centres', {
        code: `BN-${c}`,
        nameAr: 'مركز',
        nameEn: `Bench centre ${c}`,
        governorate: 'Aleppo',
        centreType: 'mixed',
        capacity: { people: 40, vehicleBays: 6 },
        powerSupply: 'generator',
        site: { address: `Street ${c}`, coordinates: null },
      });
      centres.push(id as string);
    }
    await db.connect();
    await producer.connect();

    const traffic = new Traffic(centres);
    const latency: LatencyRun[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const result = await latencyRun(kafka, producer, db, traffic);
      log(`latency run ${run}: ${JSON.stringify(result)}`);
      latency.push(result);
    }

    const total = await fillLog(db, centres);
    log(`log filled: ${total} facts`);
    const rebuilds: { seconds: number; rate: number; readSeconds: number; periods: string }[] = [];
    for (let run = 1; run <= REBUILDS; run++) {
      const readStart = performance.now();
      await db.query(
        `SELECT kind, subject_id, type, at, stream_order, data FROM readiness_facts ORDER BY kind, subject_id, seq`,
      );
      const readSeconds = (performance.now() - readStart) / 1000;
      const start = performance.now();
      await post('/admin/projections/centre-readiness/rebuild', {});
      const seconds = (performance.now() - start) / 1000;
      const { rows } = await db.query<{ digest: string }>(
        `SELECT md5(string_agg(p::text, '|' ORDER BY kind, subject_id, valid_from)) AS digest FROM readiness_periods p`,
      );
      rebuilds.push({ seconds, rate: total / seconds, readSeconds, periods: rows[0]?.digest ?? '' });
      log(
        `rebuild ${run}: ${seconds.toFixed(2)} s (${Math.round(total / seconds)} facts/s), log read ${readSeconds.toFixed(2)} s`,
      );
    }

    const report = [
      `# Readiness benchmark (${new Date().toISOString()})`,
      '',
      `Machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
        `load average before the report ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' / ')}`,
      '',
      `## Commit → readiness row, ${RATE} events/s for ${SECONDS} s, ${RUNS} runs`,
      '',
      '| run | sent | in readiness | p50 | p99 | max | baseline: bare consumer p50 | baseline p99 |',
      '| --- | ---- | ------------ | --- | --- | --- | --------------------------- | ------------ |',
      ...latency.map(
        (r, i) =>
          `| ${i + 1} | ${r.sent} | ${r.seen} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${ms(r.rawP50)} | ${ms(r.rawP99)} |`,
      ),
      `| **median** | | | ${ms(median(latency.map((r) => r.p50)))} | **${ms(median(latency.map((r) => r.p99)))}** | ` +
        `${ms(median(latency.map((r) => r.max)))} | ${ms(median(latency.map((r) => r.rawP50)))} | ` +
        `${ms(median(latency.map((r) => r.rawP99)))} |`,
      '',
      `## Rebuild from ${total} facts, ${REBUILDS} runs`,
      '',
      '| run | rebuild | facts/s | baseline: read the log once |',
      '| --- | ------- | ------- | --------------------------- |',
      ...rebuilds.map(
        (r, i) => `| ${i + 1} | ${r.seconds.toFixed(2)} s | ${Math.round(r.rate)} | ${r.readSeconds.toFixed(2)} s |`,
      ),
      `| **median** | ${median(rebuilds.map((r) => r.seconds)).toFixed(2)} s | **${Math.round(median(rebuilds.map((r) => r.rate)))}** | ` +
        `${median(rebuilds.map((r) => r.readSeconds)).toFixed(2)} s |`,
      '',
      `Every rebuild wrote the same periods: ${new Set(rebuilds.map((r) => r.periods)).size === 1 ? 'yes' : 'NO'}.`,
      '',
    ].join('\n');
    process.stdout.write(report);
    const out = join(REPO_ROOT, 'bench/readiness/results/latest.md');
    mkdirSync(join(REPO_ROOT, 'bench/readiness/results'), { recursive: true });
    writeFileSync(out, report);
  } finally {
    await producer.disconnect().catch(() => undefined);
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
