import { spawnSync } from 'node:child_process';
import { Type } from '@nestjs/common';
import { REPO_ROOT } from '@muster/infra';
import { CONSUMES } from '@muster/contracts';
import { consumedSources, NOT_A_RECORD_COMMAND, ServiceDefinition } from '@muster/platform';
import { roleUrl } from '@muster/postgres';
import { createTestDatabase, testServiceRoles } from '@muster/testing';
import { Client } from 'pg';
import { readsWithoutSchema } from './openapi-reads';
import { startTestService, TestService } from './service-app';
import { spawnService } from './service-process';

/**
 * What every Muster service promises from its first day (health, docs, authentication on every route, one error
 * shape, refusal of bad bodies, refusal of bad settings), checked against the real service on real infrastructure.
 */
export function describeServiceBasics(appModule: Type<unknown>, definition: ServiceDefinition, mainFile: string): void {
  describe(`${definition.name} service basics`, () => {
    let service: TestService;
    const auditRoute = '/audit/streams/member-00000000-0000-4000-8000-000000000000';

    beforeAll(async () => {
      service = await startTestService(appModule, definition);
    });
    afterAll(async () => service?.close());

    it('is live and ready against the real PostgreSQL and Kafka', async () => {
      await service.http().get('/health/live').expect(200);
      const ready = await service.http().get('/health/ready').expect(200);
      expect(ready.body.details).toMatchObject({
        database: { status: 'up' },
        kafka: { status: 'up' },
        outbox: { status: 'up' },
      });
    });

    it('serves its OpenAPI document with bearer authentication', async () => {
      const doc = await service.http().get('/docs-json').expect(200);
      expect(doc.body.components.securitySchemes).toHaveProperty('bearer');
      expect(Object.keys(doc.body.paths)).toContain('/audit/streams/{streamId}');
    });

    it('declares the shape of every read it answers (the console types its client from the document)', async () => {
      const doc = await service.http().get('/docs-json').expect(200);
      expect(readsWithoutSchema(doc.body)).toEqual([]);
    });

    it('documents If-Match and Idempotency-Key on every command it serves', async () => {
      const doc = await service.http().get('/docs-json').expect(200);
      type Operation = { parameters?: { in: string; name: string }[] } & Record<string, unknown>;
      const paths = doc.body.paths as Record<string, Record<string, Operation>>;
      const commands = Object.entries(paths).flatMap(([path, operations]) =>
        Object.entries(operations)
          // Operators' admin actions are not record commands, nor are queries sent as POST or batches.
          .filter(
            ([method, operation]) =>
              ['post', 'put', 'patch', 'delete'].includes(method) &&
              !path.startsWith('/admin/') &&
              operation[NOT_A_RECORD_COMMAND] === undefined,
          )
          .map(([method, operation]) => ({
            route: `${method.toUpperCase()} ${path}`,
            headers: (operation.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name),
          })),
      );
      for (const command of commands)
        expect(command).toEqual({ route: command.route, headers: ['If-Match', 'Idempotency-Key'] });
    });

    it('refuses a protected route without a token, with a bad or expired token (401)', async () => {
      const missing = await service.http().get(auditRoute).expect(401);
      expect(missing.body).toMatchObject({ statusCode: 401, code: 'AUTH_MISSING_TOKEN' });
      const garbage = await service.http().get(auditRoute).set('Authorization', 'Bearer abc.def.ghi').expect(401);
      expect(garbage.body.code).toBe('AUTH_INVALID_TOKEN');
      const expired = await service.auth(['auditor'], { expiresIn: Math.floor(Date.now() / 1000) - 60 });
      expect((await service.http().get(auditRoute).set('Authorization', expired).expect(401)).body.code).toBe(
        'AUTH_TOKEN_EXPIRED',
      );
    });

    it('refuses the wrong role (403) and serves the right one', async () => {
      const wrong = await service
        .http()
        .get(auditRoute)
        .set('Authorization', await service.auth(['logistics']))
        .expect(403);
      expect(wrong.body.code).toBe('AUTH_FORBIDDEN_ROLE');
      const right = await service
        .http()
        .get(auditRoute)
        .set('Authorization', await service.auth(['auditor']));
      expect(right.status).toBe(200);
      expect(right.body).toMatchObject({ events: [] });
    });

    it('answers bad requests with 4xx and a stable code, never 500', async () => {
      const token = await service.auth(['admin']);
      const malformed = await service
        .http()
        .post('/audit/x')
        .set('Authorization', token)
        .set('Content-Type', 'application/json')
        .send('{"a":');
      expect(malformed.status).toBe(400);
      expect(malformed.body.code).toBe('MALFORMED_JSON');
      const wrongType = await service
        .http()
        .post('/audit/x')
        .set('Authorization', token)
        .set('Content-Type', 'text/plain')
        .send('hello');
      expect(wrongType.status).toBe(415);
      const huge = await service
        .http()
        .post('/audit/x')
        .set('Authorization', token)
        .send({ blob: 'x'.repeat(300 * 1024) });
      expect(huge.status).toBe(413);
      expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
      // Text PostgreSQL's jsonb cannot hold (a lone surrogate, NUL), in a body or a query, is refused up front.
      for (const body of ['{"note":"\\ud800 alone"}', '{"note":"a\\u0000b"}']) {
        const bad = await service
          .http()
          .post('/audit/x')
          .set('Authorization', token)
          .set('Content-Type', 'application/json')
          .send(body);
        expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: 'MALFORMED_TEXT' });
      }
      const auditor = await service.auth(['auditor']);
      const nulQuery = await service.http().get(`${auditRoute}?limit=1%00`).set('Authorization', auditor).expect(400);
      expect(nulQuery.body.code).toBe('MALFORMED_TEXT');
      const farVersion = await service
        .http()
        .get(`${auditRoute}?fromVersion=99999999999`)
        .set('Authorization', auditor)
        .expect(400);
      expect(farVersion.body.code).toBe('VALIDATION_FAILED');
      const badId = await service.http().get('/audit/streams/not-a-stream').set('Authorization', token).expect(400);
      expect(badId.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      const unknown = await service.http().get('/nowhere').set('Authorization', token).expect(404);
      expect(unknown.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    });

    it('consumes exactly the topics its Kafka user is granted (CONSUMES, the ACLs provisioned)', () => {
      expect([...consumedSources(definition)].sort()).toEqual([...CONSUMES[definition.name]].sort());
    });

    it('runs from its main file and stops gracefully on SIGTERM', async () => {
      const child = await spawnService(mainFile, service.database.serviceEnv);
      expect(await child.stop('SIGTERM')).toBe(0);
    });

    it("migrates as compose's one-shot step: given an administrator, without the service's secrets", async () => {
      const fresh = await createTestDatabase(`${definition.name}-migrate`);
      const database = new URL(fresh.url).pathname.slice(1);
      const roles = testServiceRoles(definition.name);
      // Only what the migrate step is given in compose: no KEK, no other service setting.
      const { IDENTITY_KEK: _kek, DATABASE_MIGRATION_URL: _migrator, ...inherited } = process.env;
      try {
        const run = spawnSync(process.execPath, ['-r', './infra/register.js', mainFile, 'migrate'], {
          cwd: REPO_ROOT,
          env: {
            ...inherited,
            DATABASE_ADMIN_URL: fresh.url,
            DATABASE_MIGRATION_URL: roleUrl(fresh.url, database, roles.migrator),
            DATABASE_URL: roleUrl(fresh.url, database, roles.runtime),
          },
          encoding: 'utf8',
          timeout: 120_000,
        });
        expect({ status: run.status, stderr: run.stderr }).toMatchObject({ status: 0 });
        expect(run.stdout).toMatch(/\d+ migration\(s\) applied/);
        const runtime = new Client({ connectionString: roleUrl(fresh.url, database, roles.runtime) });
        await runtime.connect();
        try {
          expect((await runtime.query('SELECT count(*)::int AS n FROM events')).rows).toEqual([{ n: 0 }]);
          await expect(runtime.query('DELETE FROM events')).rejects.toMatchObject({ code: '42501' });
        } finally {
          await runtime.end();
        }
      } finally {
        await fresh.drop();
      }
    });

    it('stops at start-up with a message naming a malformed setting', () => {
      const run = spawnSync(process.execPath, ['-r', './infra/register.js', mainFile], {
        cwd: REPO_ROOT,
        env: { ...process.env, PORT: 'not-a-port', KAFKA_BROKERS: 'nowhere' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('PORT must be a whole number');
      expect(run.stderr).toContain('KAFKA_BROKERS');
    });
  });
}
