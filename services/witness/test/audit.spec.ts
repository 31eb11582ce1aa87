import { Server, createServer } from 'node:http';
import { TokenVerifier } from '@muster/auth';
import { logNameOf } from '@muster/contracts';
import { LogEntry, newSigningKey } from '@muster/log-proofs';
import { TEST_JWT_SECRET } from '@muster/service-testing';
import { ServiceTestDatabase, TestLog, createServiceTestDatabase } from '@muster/testing';
import { Auditor } from '../src/audit';
import { listen } from '../src/http';
import { createLogger } from '../src/logger';
import { Witness } from '../src/witness';
import { WitnessStore, migrateWitnessDatabase } from '../src/witness-store';

// The audit of a service's log against what the witness countersigned, on real PostgreSQL. The service's side is a
// plain HTTP server answering the audit export (docs/audit.md) with the entries the spec chooses: as held, or changed.
describe("the witness's audit of a service's log", () => {
  const log = new TestLog(logNameOf('personnel'));
  let database: ServiceTestDatabase;
  let store: WitnessStore;
  let auditor: Auditor;
  let server: Server;
  let served: { status: number; entries: readonly (LogEntry | string)[] } = { status: 200, entries: [] };
  const callers: string[] = [];

  beforeAll(async () => {
    database = await createServiceTestDatabase('witness', 'witness-audit');
    const { DATABASE_URL: url, DATABASE_MIGRATION_URL: migrationUrl } = database.serviceEnv;
    await migrateWitnessDatabase({ url, migrationUrl, adminUrl: undefined });
    store = new WitnessStore(url);
    const verifier = new TokenVerifier({ algorithm: 'HS256', secret: TEST_JWT_SECRET, maxAgeSeconds: 3600 });
    server = createServer((request, response) => {
      const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
      verifier.verify(token).then(
        (principal) => {
          callers.push(`${principal.id} ${principal.roles.join(',')}`);
          response.writeHead(served.status, { 'Content-Type': 'application/x-ndjson' });
          const line = (entry: LogEntry | string): string =>
            typeof entry === 'string' ? entry : JSON.stringify(entry);
          response.end(served.entries.map((entry) => `${line(entry)}\n`).join(''));
        },
        () => response.writeHead(401).end(),
      );
    });
    const port = await listen(server, 0);
    auditor = new Auditor(
      { personnel: `http://127.0.0.1:${port}` },
      { kind: 'development', secret: TEST_JWT_SECRET },
      [log.publicKey],
      store,
      createLogger('silent'),
    );
    const witness = new Witness(store, [log.publicKey], newSigningKey().privateKey);
    for (const checkpoint of [log.append(3).checkpoint(), log.append(4).checkpoint()])
      await expect(witness.observe(checkpoint, 'personnel')).resolves.toMatchObject({ outcome: 'cosigned' });
    log.append(2); // past the last checkpoint: not countersigned yet, and no finding
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await store.close();
    await database.drop();
  });

  it('finds nothing in the log as countersigned, and signs in as an auditor', async () => {
    served = { status: 200, entries: log.entries };
    await expect(auditor.auditAll()).resolves.toEqual({ findings: [], alerts: [], unreachable: [] });
    expect(callers).toEqual(['muster-witness auditor']);
  });

  it('raises tampered-log for a changed entry, once however often it audits', async () => {
    const changed = log.entries.map((entry, i) => (i === 1 ? { ...entry, data: { note: 'rewritten' } } : entry));
    served = { status: 200, entries: changed };
    const first = await auditor.auditAll();
    expect(first.alerts.length).toBeGreaterThan(0);
    expect(first.alerts.every((alert) => alert.kind === 'tampered-log' && alert.log === log.log)).toBe(true);
    expect(first.alerts.map((alert) => alert.evidence['code'])).toContain('content-changed');
    // Found again, not raised again.
    const second = await auditor.auditAll();
    expect(second.alerts).toEqual([]);
    expect(second.findings).toEqual(first.findings);
    expect(second.findings.map((finding) => finding.code)).toContain('content-changed');
    expect(await store.alerts(log.log)).toHaveLength(first.alerts.length);
  });

  it('raises tampered-log when entries countersigned are gone', async () => {
    served = { status: 200, entries: log.entries.slice(0, 5) };
    const { alerts } = await auditor.auditAll();
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.every((alert) => alert.kind === 'tampered-log')).toBe(true);
  });

  it('raises tampered-log for a line of the export that is no entry', async () => {
    served = { status: 200, entries: [...log.entries, '{"log": "muster/personnel"'] };
    const { alerts } = await auditor.auditAll();
    expect(alerts.map((alert) => alert.evidence['code'])).toEqual(['malformed-entry']);
    expect(alerts[0]?.message).toContain('line 10');
  });

  it('only notes a service that answers an error: no alert, tried again next round', async () => {
    const before = (await store.alerts()).length;
    served = { status: 503, entries: [] };
    await expect(auditor.auditAll()).resolves.toEqual({ findings: [], alerts: [], unreachable: ['personnel'] });
    expect(await store.alerts()).toHaveLength(before);
  });
});
