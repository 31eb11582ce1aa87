import { createPublicKey } from 'node:crypto';
import { PublicKeyEntry, SignedCheckpoint, publicKeyEntry, verifyCosignature, newSigningKey } from '@muster/log-proofs';
import { ServiceTestDatabase, TestLog, createServiceTestDatabase } from '@muster/testing';
import { WITNESS_NAME } from '@muster/contracts';
import { Witness } from '../src/witness';
import { WitnessStore, migrateWitnessDatabase } from '../src/witness-store';

// The witness's rule on real PostgreSQL, without Kafka: what it countersigns, what it raises, what it remembers.
describe('the witness judging checkpoints', () => {
  let database: ServiceTestDatabase;
  let store: WitnessStore;
  const witnessKey = newSigningKey().privateKey;
  const witnessPublicKey: PublicKeyEntry = publicKeyEntry(WITNESS_NAME, createPublicKey(witnessKey));

  beforeAll(async () => {
    database = await createServiceTestDatabase('witness');
    const { DATABASE_URL: url, DATABASE_MIGRATION_URL: migrationUrl } = database.serviceEnv;
    await migrateWitnessDatabase({ url, migrationUrl, adminUrl: undefined });
    await migrateWitnessDatabase({ url, migrationUrl, adminUrl: undefined }); // start-up again: nothing changes
    store = new WitnessStore(url);
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const witnessOf = (...logs: TestLog[]): Witness =>
    new Witness(
      store,
      logs.map((log) => log.publicKey),
      witnessKey,
    );

  it('countersigns a consistent sequence, once each, and keeps the last as the head', async () => {
    const log = new TestLog('muster/personnel');
    const witness = witnessOf(log);
    const checkpoints = [log.append(1).checkpoint(), log.append(4).checkpoint(), log.append(7).checkpoint()];
    for (const checkpoint of checkpoints) {
      const verdict = await witness.observe(checkpoint, 'personnel');
      if (verdict.outcome !== 'cosigned') throw new Error(`not countersigned: ${JSON.stringify(verdict)}`);
      expect(verifyCosignature(verdict.cosignature, [witnessPublicKey], checkpoint)).toEqual({ ok: true });
    }
    await expect(witness.observe(checkpoints[1] as SignedCheckpoint, 'personnel')).resolves.toMatchObject({
      outcome: 'already-cosigned',
    });
    expect((await store.head(log.log))?.checkpoint).toEqual(checkpoints[2]);
    expect(await store.alerts(log.log)).toEqual([]);
  });

  it("raises forged-checkpoint for another key, or another service's log on a topic, once, and countersigns neither", async () => {
    const log = new TestLog('muster/centres');
    const impostor = new TestLog('muster/centres');
    const witness = witnessOf(log, new TestLog('muster/equipment'));
    const forged = impostor.append(3).checkpoint();
    for (let i = 0; i < 2; i++)
      await expect(witness.observe(forged, 'centres')).resolves.toMatchObject({ outcome: 'alert' });
    const misplaced = log.append(2).checkpoint();
    await witness.observe(misplaced, 'equipment');

    const alerts = await store.alerts();
    expect(alerts.filter((a) => a.kind === 'forged-checkpoint').map((a) => [a.log, a.evidence['reason']])).toEqual([
      ['muster/centres', 'unknown-key'],
      ['muster/centres', 'wrong-log'],
    ]);
    expect(alerts[0]?.message).toContain(forged.keyId);
    expect(await store.head(log.log)).toBeUndefined();
  });

  it('records a fork with both heads: another root at the same size, or a larger tree that does not extend the head', async () => {
    const log = new TestLog('muster/equipment');
    const witness = witnessOf(log);
    const head = log.append(5).checkpoint();
    await witness.observe(head, 'equipment');

    const sameSize = log.fork(3).append(2).checkpoint();
    const sameSizeVerdict = await witness.observe(sameSize, 'equipment');
    expect(sameSizeVerdict).toMatchObject({ outcome: 'alert', alert: { kind: 'fork' } });

    // It claims to extend size 5, but its first five entries are not the head's.
    const other = log.fork(3).append(2);
    other.checkpoint();
    const larger = other.append(4).checkpoint();
    const verdict = await witness.observe(larger, 'equipment');
    expect(verdict).toMatchObject({ outcome: 'alert', alert: { kind: 'fork' } });

    const forks = (await store.alerts(log.log)).filter((a) => a.kind === 'fork');
    expect(forks).toHaveLength(2);
    expect(forks[1]?.evidence).toEqual({ accepted: head, presented: larger });
    expect((await store.head(log.log))?.checkpoint).toEqual(head);
  });

  it('raises rollback for a smaller tree, and unverifiable for a proof from a size it never countersigned', async () => {
    const log = new TestLog('muster/training');
    const witness = witnessOf(log);
    const older = log.append(2).checkpoint();
    log.append(2).checkpoint(); // never shown to the witness
    const head = log.append(4).checkpoint();
    await witness.observe(head, 'training'); // the first it sees: trusted as it comes
    await expect(witness.observe(older, 'training')).resolves.toMatchObject({ alert: { kind: 'rollback' } });

    log.append(1).checkpoint(); // never shown
    const skipped = log.append(1).checkpoint();
    await expect(witness.observe(skipped, 'training')).resolves.toMatchObject({ alert: { kind: 'unverifiable' } });
    expect((await store.alerts(log.log)).map((a) => a.kind)).toEqual(['rollback', 'unverifiable']);
  });

  it("follows a log of another name (a test instance's) on the topic it comes on, and audits it as that service's", async () => {
    const log = new TestLog('muster/muster-t-e2e-personnel-0a1b2c3d');
    const witness = witnessOf(log);
    const checkpoint = log.append(3).checkpoint();
    await expect(witness.observe(checkpoint, 'personnel')).resolves.toMatchObject({ outcome: 'cosigned' });
    expect((await store.checkpointsOf('personnel')).map((c) => c.log)).toContain(log.log);
  });
});
