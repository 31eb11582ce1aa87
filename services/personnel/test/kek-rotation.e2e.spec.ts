import { randomBytes, randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createServiceApp } from '@muster/platform';
import { makeCentresKnown, startTestService, TestService } from '@muster/service-testing';
import { AppModule, personnelService } from '../src/app.module';
import { keyEncryptionKeyId } from '../src/identity';
import { RotationProgress, rotateKeyEncryptionKey } from '../src/vault/kek-rotation';
import { Keyring } from '../src/vault/keyring';
import { applyMember, identityFixture } from './support';

const REPO_ROOT = join(__dirname, '../../..');
const newKek = (): string => randomBytes(32).toString('base64');
const centre = randomUUID();

/** A member whose family name is theirs alone, so a search for it finds them and no one else. */
async function applyNamed(service: TestService) {
  const family = `Zq${[...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;
  const fixture = identityFixture();
  const identity = { ...fixture, name: { ...fixture.name, latin: { ...fixture.name.latin, family } } };
  const applied = await applyMember(service, { preferredCentreId: centre, identity });
  return { ...applied, identity };
}

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Runs a personnel file (its main, or the rotation command) as `npm start` would: its exit code and output. */
async function runProcess(
  file: string,
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { IDENTITY_KEK_PREVIOUS: _previous, ...inherited } = process.env;
  const child = spawn(process.execPath, ['-r', './infra/register.js', `services/personnel/src/${file}`, ...args], {
    cwd: REPO_ROOT,
    env: { ...inherited, LOG_LEVEL: 'silent', PORT: String(await freePort()), ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  // A service that starts (when it should have refused) is stopped after a while: the test then fails on its code.
  const deadline = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(deadline);
  return { code, stdout, stderr };
}

/** The service started again on the same database with these keys, in this process. */
async function restart(kek: string, previous?: string): Promise<INestApplication> {
  process.env['IDENTITY_KEK'] = kek;
  if (previous) process.env['IDENTITY_KEK_PREVIOUS'] = previous;
  else delete process.env['IDENTITY_KEK_PREVIOUS'];
  return createServiceApp(AppModule, personnelService);
}

describe('KEK versions: the start-up check, and a rotation while the service serves', () => {
  const oldKek = newKek();
  const rotatedKek = newKek();
  let service: TestService;
  let app: INestApplication;
  let hr: string;
  /** The service as support.ts drives it, on whichever app is running now. */
  const current = (): TestService => ({ ...service, app, http: () => request(app.getHttpServer()) });
  const db = (): DataSource => app.get(DataSource);

  beforeAll(async () => {
    service = await startTestService(AppModule, personnelService, { IDENTITY_KEK: oldKek });
    app = service.app;
    await makeCentresKnown(service, centre);
    hr = await service.auth(['hr']);
  });
  afterAll(async () => {
    delete process.env['IDENTITY_KEK_PREVIOUS'];
    await app?.close();
    await service?.database.drop();
  });

  const identityOf = async (id: string) =>
    (
      await current()
        .http()
        .get(`/members/${id}/identity?purpose=Key%20rotation%20check`)
        .set('Authorization', hr)
        .expect(200)
    ).body as { erased: boolean; identity: { nationalId: string } | null };
  const found = async (family: string): Promise<string[]> =>
    (
      await current().http().post('/members/search').set('Authorization', hr).send({ q: family }).expect(200)
    ).body.items.map((i: { memberId: string }) => i.memberId);
  const kekIds = async (): Promise<Record<string, number>> =>
    Object.fromEntries(
      (
        await db().query<{ kek_id: string | null; n: number }[]>(
          `SELECT kek_id, count(*)::int AS n FROM identity_keys GROUP BY kek_id`,
        )
      ).map((r) => [String(r.kek_id), r.n]),
    );

  it('records the KEK of every key, and refuses to start with a KEK that is not the database’s', async () => {
    const m = await applyNamed(current());
    expect(await kekIds()).toEqual({ [keyEncryptionKeyId(oldKek)]: 1 });
    const [index] = await db().query<{ kek_id: string }[]>(`SELECT kek_id FROM vault_keys`);
    expect(index?.kek_id).toBe(keyEncryptionKeyId(oldKek));

    const stranger = newKek();
    const refused = await runProcess('main.ts', { IDENTITY_KEK: stranger });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('muster-personnel did not start');
    expect(refused.stderr).toContain(`wrapped by KEK ${keyEncryptionKeyId(oldKek)}`);
    expect(refused.stderr).not.toContain(' at '); // a message, not a stack trace
    for (const secret of [stranger, oldKek]) expect(refused.stderr + refused.stdout).not.toContain(secret);
    expect(await kekIds()).toEqual({ [keyEncryptionKeyId(oldKek)]: 1 }); // nothing wrapped by the stranger
    expect((await identityOf(m.id)).identity?.nationalId).toBe(m.identity.nationalId);
  });

  it('upgrades keys stored before KEK ids, once the configured KEK is shown to open them', async () => {
    const m = await applyNamed(current());
    // The database as the service before KEK ids left it: no KEK ids, no index key, the index of the older keys.
    await db().query(`UPDATE identity_keys SET kek_id = NULL`);
    await db().query(`DELETE FROM vault_keys`);
    await db().query(`UPDATE name_search_state SET version = 'v2.1'`);
    await app.close();

    const refused = await runProcess('main.ts', { IDENTITY_KEK: newKek() });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('stored before KEK ids do not open with the configured KEK');

    app = await restart(oldKek);
    expect(await kekIds()).toEqual({ [keyEncryptionKeyId(oldKek)]: 2 });
    expect((await identityOf(m.id)).identity?.nationalId).toBe(m.identity.nationalId);
    expect(await found(m.identity.name.latin.family)).toEqual([m.id]);
  });

  it('rewraps every key under the new KEK while members are written and erased, and search keeps finding them', async () => {
    const before = [];
    for (let i = 0; i < 24; i += 8) before.push(...(await Promise.all([...Array(8)].map(() => applyNamed(current())))));
    await app.close();

    // Mid-rotation: the new KEK is the current one, the old one still opens what is not rewrapped yet.
    app = await restart(rotatedKek, oldKek);
    const [erased, updated, ...kept] = before;
    if (!erased || !updated) throw new Error('members missing');
    expect((await identityOf(updated.id)).identity?.nationalId).toBe(updated.identity.nationalId);
    expect(await found(kept[0]?.identity.name.latin.family ?? '')).toEqual([kept[0]?.id]);

    const progress: RotationProgress[] = [];
    const rotation = rotateKeyEncryptionKey(db(), new Keyring(rotatedKek, oldKek), {
      batchSize: 2,
      onBatch: (p) => progress.push(p),
    });
    const during = Promise.all([
      ...[...Array(4)].map(() => applyNamed(current())),
      current()
        .http()
        .post(`/members/${erased.id}/identity-erasure`)
        .set('Authorization', hr)
        .send({ reason: 'Member at risk' })
        .expect(200),
      current()
        .http()
        .put(`/members/${updated.id}/identity`)
        .set('Authorization', hr)
        .send({
          identity: { ...updated.identity, nationalId: `${updated.identity.nationalId}-new` },
          reason: 'New ID card',
        })
        .expect(200),
    ]);
    const [result, [...written]] = await Promise.all([rotation, during]);
    const added = written.slice(0, 4) as Awaited<ReturnType<typeof applyNamed>>[];

    expect(result.remaining).toBe(0);
    expect(progress.length).toBeGreaterThan(5); // in batches, each its own transaction
    expect(await kekIds()).toEqual({ [keyEncryptionKeyId(rotatedKek)]: before.length + added.length + 1 });
    expect(await db().query(`SELECT kek_id FROM vault_keys`)).toEqual([{ kek_id: keyEncryptionKeyId(rotatedKek) }]);
    expect(await db().query(`SELECT 1 FROM identity_keys WHERE member_id = $1`, [erased.id])).toHaveLength(0);

    // Started with the new KEK alone: everything opens, the erased member stays erased, search finds everyone.
    await app.close();
    app = await restart(rotatedKek);
    expect(await identityOf(erased.id)).toMatchObject({ erased: true, identity: null });
    expect(await found(erased.identity.name.latin.family)).toEqual([]);
    expect((await identityOf(updated.id)).identity?.nationalId).toBe(`${updated.identity.nationalId}-new`);
    for (const m of [...kept, ...added]) {
      expect((await identityOf(m.id)).identity?.nationalId).toBe(m.identity.nationalId);
      expect(await found(m.identity.name.latin.family)).toEqual([m.id]);
    }

    // The retired KEK no longer starts the service; the command has nothing left to do.
    const refused = await runProcess('main.ts', { IDENTITY_KEK: oldKek });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`wrapped by KEK ${keyEncryptionKeyId(rotatedKek)}`);
    const again = await runProcess('rotate-kek.ts', { IDENTITY_KEK: rotatedKek });
    expect(again.stdout).toContain('done, 0 key(s) rewrapped');
    expect(again.code).toBe(0);
  });

  it('refuses a wrong KEK even when no member has a key left: the stored index key is the check', async () => {
    await db().query(`DELETE FROM identity_keys`);
    const refused = await runProcess('main.ts', { IDENTITY_KEK: newKek() });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`1 stored key(s) are wrapped by KEK ${keyEncryptionKeyId(rotatedKek)}`);
  });
});
