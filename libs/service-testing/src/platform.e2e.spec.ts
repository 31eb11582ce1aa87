import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { topicOf } from '@muster/contracts';
import { EventMetadata } from '@muster/event-sourcing';
import { CatchUpProjection, PostgresEventStore } from '@muster/event-store';
import { PlatformModule, ServiceDefinition, ServiceEnvironment } from '@muster/platform';
import { OutboxRelay } from '@muster/messaging';
import { REPO_ROOT } from '@muster/infra';
import {
  createServiceTestDatabase,
  RestartableKafka,
  startDedicatedKafka,
  testKafka,
  uniqueName,
  waitFor,
} from '@muster/testing';
import { Client } from 'pg';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { startTestService, TestService } from './service-app';

// The kernel as a service exposes it — audit API, hash-chain verification (endpoint and CLI), metrics, the outbox
// reaching Kafka, catch-up read models and their rebuild — on a minimal service with one test read model.

class CreateTally1790000000000 implements MigrationInterface {
  name = 'CreateTally1790000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE tally (stream_id text NOT NULL, type text NOT NULL, count int NOT NULL, PRIMARY KEY (stream_id, type))`,
    );
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE tally`);
  }
}

const tally: CatchUpProjection = {
  name: 'tally',
  handles: ['ThingHappened', 'ThingUndone'],
  applyAll: async (events, tx) => {
    for (const event of events) {
      await tx.query(
        `INSERT INTO tally (stream_id, type, count) VALUES ($1, $2, 1)
         ON CONFLICT (stream_id, type) DO UPDATE SET count = tally.count + 1`,
        [event.streamId, event.type],
      );
    }
  },
  reset: async (tx) => {
    await tx.query(`DELETE FROM tally`);
  },
};

const definition: ServiceDefinition = {
  name: 'training',
  title: 'kernel test service',
  defaultPort: 3999,
  environment: ServiceEnvironment,
  migrations: [CreateTally1790000000000],
  catchUpProjections: [tally],
};

@Module({ imports: [PlatformModule.forService(definition)] })
class KernelTestModule {}

describe('the event-sourcing kernel through a running service', () => {
  let service: TestService;
  let store: PostgresEventStore;
  const correlationId = uniqueName('operation');
  const streamId = `thing-${randomUUID()}`;
  const otherStreamId = `thing-${randomUUID()}`;
  const metadata: EventMetadata = { actorId: 'u-1', actorRoles: ['admin'], correlationId, reason: 'kernel test' };
  const sql = <T>(query: string, parameters: unknown[] = []): Promise<T[]> =>
    service.app.get(DataSource).query(query, parameters);

  beforeAll(async () => {
    service = await startTestService(KernelTestModule, definition);
    store = service.app.get(PostgresEventStore);
    await store.append(
      streamId,
      [
        { type: 'ThingHappened', data: { n: 1 } },
        { type: 'ThingHappened', data: { n: 2 } },
        { type: 'ThingUndone', data: { n: 2 } },
      ],
      { expectedVersion: 'no-stream', metadata },
    );
    await store.append(otherStreamId, [{ type: 'ThingHappened', data: { n: 9 } }], {
      expectedVersion: 'no-stream',
      metadata,
    });
  });
  afterAll(async () => service?.close());

  it('pages through a stream for auditors, with metadata', async () => {
    const auditor = await service.auth(['auditor']);
    const first = await service
      .http()
      .get(`/audit/streams/${streamId}?limit=2`)
      .set('Authorization', auditor)
      .expect(200);
    expect(first.body.events.map((e: { streamVersion: number }) => e.streamVersion)).toEqual([1, 2]);
    expect(first.body.events[0]).toMatchObject({
      type: 'ThingHappened',
      metadata: { actorId: 'u-1', correlationId, reason: 'kernel test' },
    });
    expect(first.body.nextFromVersion).toBe(3);
    const rest = await service
      .http()
      .get(`/audit/streams/${streamId}?fromVersion=3&limit=2`)
      .set('Authorization', auditor)
      .expect(200);
    expect(rest.body.events.map((e: { type: string }) => e.type)).toEqual(['ThingUndone']);
    expect(rest.body.nextFromVersion).toBeNull();
    await service.http().get(`/audit/streams/${streamId}?limit=0`).set('Authorization', auditor).expect(400);
    await service
      .http()
      .get(`/audit/streams/${streamId}`)
      .set('Authorization', await service.auth(['hr']))
      .expect(403);
  });

  it('lists every event of one business operation by correlation id', async () => {
    const response = await service
      .http()
      .get(`/audit/events?correlationId=${correlationId}`)
      .set('Authorization', await service.auth(['admin']))
      .expect(200);
    expect(response.body.events.map((e: { streamId: string }) => e.streamId)).toEqual([
      streamId,
      streamId,
      streamId,
      otherStreamId,
    ]);
  });

  it('publishes every appended event to Kafka through the outbox', async () => {
    const relay = service.app.get(OutboxRelay);
    await waitFor(async () => (await relay.lag()).pending === 0, 45_000, 'the outbox to drain');
    const kafka = testKafka('kernel-test');
    const consumer = kafka.consumer({ groupId: uniqueName('kernel-test') });
    const wanted = new Set((await store.readStream(streamId)).map((e) => e.id));
    const seen: Array<{ id: string; key: string; streamVersion: number }> = [];
    await consumer.connect();
    await consumer.subscribe({ topic: topicOf('training'), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const envelope = JSON.parse(String(message.value)) as { id: string; streamVersion: number; source: string };
        if (wanted.has(envelope.id))
          seen.push({ id: envelope.id, key: String(message.key), streamVersion: envelope.streamVersion });
      },
    });
    await waitFor(() => seen.length >= 3, 45_000, 'the three events on Kafka');
    await consumer.disconnect();
    expect(seen.map((s) => s.streamVersion)).toEqual([1, 2, 3]);
    expect(new Set(seen.map((s) => s.key))).toEqual(new Set([streamId]));
  });

  it('verifies an intact hash chain, and reports an event edited in the database (endpoint and CLI)', async () => {
    const auditor = await service.auth(['auditor']);
    const intact = await service
      .http()
      .get(`/audit/streams/${otherStreamId}/verify`)
      .set('Authorization', auditor)
      .expect(200);
    expect(intact.body).toMatchObject({ ok: true, eventsChecked: 1, problems: [] });

    const cli = (stream: string) =>
      spawnSync(
        process.execPath,
        [
          '-r',
          './infra/register.js',
          'libs/event-store/src/cli/verify-stream.ts',
          '--database',
          service.database.url,
          '--stream',
          stream,
        ],
        {
          cwd: REPO_ROOT,
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
    expect(cli(otherStreamId).status).toBe(0);

    // As the administrator: the service's own role may not edit an event (see 'the runtime role' below).
    const admin = new Client({ connectionString: service.database.url });
    await admin.connect();
    await admin.query(`UPDATE events SET data = '{"n": 10}' WHERE stream_id = $1`, [otherStreamId]);
    await admin.end();
    const tampered = await service
      .http()
      .get(`/audit/streams/${otherStreamId}/verify`)
      .set('Authorization', auditor)
      .expect(200);
    expect(tampered.body.ok).toBe(false);
    expect(tampered.body.problems).toEqual([expect.objectContaining({ streamVersion: 1, kind: 'edited' })]);
    const report = cli(otherStreamId);
    expect(report.status).toBe(1);
    expect(report.stdout).toContain('"edited"');
  });

  it('exposes outbox lag and relay counters as Prometheus metrics to operators', async () => {
    const metrics = await service
      .http()
      .get('/metrics')
      .set('Authorization', await service.auth(['admin']))
      .expect(200);
    expect(metrics.text).toContain('muster_outbox_pending{service="training"}');
    expect(metrics.text).toContain('muster_outbox_oldest_age_seconds');
    await service
      .http()
      .get('/metrics')
      .set('Authorization', await service.auth(['hr']))
      .expect(403);
  });

  it('keeps a catch-up read model current, and a rebuild reproduces exactly the same rows', async () => {
    type Row = { stream_id: string; type: string; count: number };
    const read = () =>
      sql<Row>(`SELECT stream_id, type, count FROM tally WHERE stream_id = ANY($1) ORDER BY stream_id, type`, [
        [streamId, otherStreamId],
      ]);
    await waitFor(async () => (await read()).length === 3, 45_000, 'the projection to catch up');
    const live = await read();
    expect(live).toContainEqual({ stream_id: streamId, type: 'ThingHappened', count: 2 });

    const admin = await service.auth(['admin']);
    const rebuilt = await service
      .http()
      .post('/admin/projections/tally/rebuild')
      .set('Authorization', admin)
      .expect(200);
    expect(rebuilt.body.eventsReplayed).toBeGreaterThanOrEqual(4);
    expect(await read()).toEqual(live);
    const unknown = await service
      .http()
      .post('/admin/projections/nothing/rebuild')
      .set('Authorization', admin)
      .expect(404);
    expect(unknown.body.code).toBe('PROJECTION_NOT_FOUND');
    await service
      .http()
      .post('/admin/projections/tally/rebuild')
      .set('Authorization', await service.auth(['auditor']))
      .expect(403);
  });
});

describe('the runtime role the service connects as', () => {
  let service: TestService;
  let runtime: Client;
  const streamId = `thing-${randomUUID()}`;
  const refusal = (sql: string) =>
    runtime.query(sql).then(
      () => 'allowed',
      (e: { code?: string }) => e.code,
    );

  beforeAll(async () => {
    service = await startTestService(KernelTestModule, definition);
    runtime = new Client({ connectionString: service.database.serviceEnv.DATABASE_URL });
    await runtime.connect();
  });
  afterAll(async () => {
    await runtime?.end();
    await service?.close();
  });

  it('appends and reads, but the database refuses to edit, delete or truncate an event', async () => {
    const store = service.app.get(PostgresEventStore);
    await store.append(streamId, [{ type: 'ThingHappened', data: { n: 1 } }], {
      expectedVersion: 'no-stream',
      metadata: { actorId: 'u-1', actorRoles: ['admin'], correlationId: uniqueName('grants') },
    });
    expect(await store.readStream(streamId)).toHaveLength(1);
    const { rows } = await runtime.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [streamId]);
    expect(rows[0].n).toBe(1);

    expect(await refusal(`UPDATE events SET data = '{"n": 2}'`)).toBe('42501');
    expect(await refusal(`DELETE FROM events`)).toBe('42501');
    expect(await refusal(`TRUNCATE events`)).toBe('42501');
    expect(await refusal(`DELETE FROM migrations`)).toBe('42501');
    expect((await store.readStream(streamId)).map((e) => e.data)).toEqual([{ n: 1 }]);
  });

  it('may not change the schema', async () => {
    expect(await refusal(`CREATE TABLE intruder (id int)`)).toBe('42501');
    expect(await refusal(`DROP TABLE tally`)).toBe('42501');
    expect(await refusal(`ALTER TABLE events DISABLE TRIGGER ALL`)).toBe('42501');
    expect(await refusal(`CREATE FUNCTION intruder() RETURNS int LANGUAGE sql AS 'SELECT 1'`)).toBe('42501');
  });

  it("may not connect to another service's database", async () => {
    const centres = await createServiceTestDatabase('centres');
    try {
      const elsewhere = new URL(service.database.serviceEnv.DATABASE_URL);
      elsewhere.pathname = new URL(centres.url).pathname;
      const intruder = new Client({ connectionString: elsewhere.toString() });
      expect(
        await intruder.connect().then(
          () => 'connected',
          (e: { code?: string }) => e.code,
        ),
      ).toBe('42501');
      await intruder.end().catch(() => undefined);
    } finally {
      await centres.drop();
    }
  });
});

describe('rate limiting', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(KernelTestModule, definition, { RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => service?.close());

  it('answers 429 with a stable code past the limit, and never throttles health checks', async () => {
    const auditor = await service.auth(['auditor']);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await service.http().get('/audit/events?correlationId=x').set('Authorization', auditor)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await service.http().get('/audit/events?correlationId=x').set('Authorization', auditor).expect(429);
    expect(limited.body).toMatchObject({ code: 'RATE_LIMITED' });
    for (let i = 0; i < 5; i++) await service.http().get('/health/live').expect(200);
  });

  it('keeps one bucket per authenticated user, so users behind one gateway are not throttled together', async () => {
    const statusesOf = async (token: string): Promise<number[]> => {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++)
        statuses.push((await service.http().get('/audit/events?correlationId=x').set('Authorization', token)).status);
      return statuses;
    };
    const first = await service.auth(['auditor'], { sub: 'auditor-one' });
    const second = await service.auth(['auditor'], { sub: 'auditor-two' });
    expect(await statusesOf(first)).toEqual([200, 200, 200]);
    expect(await statusesOf(second)).toEqual([200, 200, 200]);
    expect((await service.http().get('/audit/events?correlationId=x').set('Authorization', first)).status).toBe(429);
  });
});

describe('readiness while Kafka is down', () => {
  let kafka: RestartableKafka;
  let service: TestService;
  beforeAll(async () => {
    kafka = await startDedicatedKafka();
    // The rate limit the describe above set stays in this file's environment: readiness is throttled too.
    service = await startTestService(KernelTestModule, definition, {
      KAFKA_BROKERS: kafka.brokers,
      RATE_LIMIT_PER_MINUTE: '1200',
    });
  }, 120_000);
  afterAll(async () => {
    await kafka?.start(); // lets the relay stop cleanly
    await service?.close();
    await kafka?.dispose();
  }, 120_000);

  it('stays ready (the outbox keeps writes) and says Kafka is degraded, then recovers', async () => {
    const kafkaDetail = async (): Promise<Record<string, unknown>> => {
      const ready = await service.http().get('/health/ready').expect(200);
      return ready.body.details.kafka as Record<string, unknown>;
    };
    expect(await kafkaDetail()).toEqual({ status: 'up' });
    await kafka.stop();
    let detail: Record<string, unknown> = {};
    await waitFor(async () => (detail = await kafkaDetail()).degraded === true, 30_000, 'Kafka reported degraded');
    expect(detail).toMatchObject({ status: 'up', degraded: true, message: expect.stringContaining('outbox') });
    const appended = await service.app
      .get(PostgresEventStore)
      .append(`thing-${randomUUID()}`, [{ type: 'ThingHappened', data: { n: 1 } }], {
        expectedVersion: 'no-stream',
        metadata: { actorId: 'u-1', actorRoles: ['admin'], correlationId: uniqueName('outage') },
      });
    expect(appended.nextExpectedVersion).toBe(1);
    await kafka.start();
    await waitFor(async () => (await kafkaDetail()).degraded === undefined, 60_000, 'Kafka back');
  }, 150_000);
});
