import { generateKeyPairSync } from 'node:crypto';
import {
  SignedCheckpoint,
  TreeHead,
  checkpointText,
  cosign,
  keyIdOf,
  parseCheckpoints,
  parsePublicKeys,
  privateKeyFromBase64,
  publicKeyEntry,
  signCheckpoint,
  verifyCheckpointSignature,
  verifyCosignature,
} from './index';
import { LOG, signingKey } from './spec-support';

const head: TreeHead = { log: LOG, size: 1234, root: 'ab'.repeat(32), time: '2026-12-02T05:00:00.000Z' };

describe('checkpoints', () => {
  const key = signingKey();
  const other = signingKey();
  const keys = [key.entry];

  it('signs the exact text of the format', () => {
    expect(checkpointText(head)).toBe(
      `muster-checkpoint/v1\n${LOG}\n1234\n${'ab'.repeat(32)}\n2026-12-02T05:00:00.000Z\n`,
    );
    const cp = signCheckpoint(head, key.privateKey);
    expect(cp).toMatchObject({ ...head, keyId: key.entry.keyId, consistency: null });
    expect(Buffer.from(cp.signature, 'base64')).toHaveLength(64);
    expect(verifyCheckpointSignature(cp, keys)).toEqual({ ok: true });
  });

  it('refuses an altered size, root or time, a foreign key and a key of another log', () => {
    const cp = signCheckpoint(head, key.privateKey);
    const bad = { ok: false, reason: 'bad-signature' };
    expect(verifyCheckpointSignature({ ...cp, size: 1235 }, keys)).toEqual(bad);
    expect(verifyCheckpointSignature({ ...cp, root: 'cd'.repeat(32) }, keys)).toEqual(bad);
    expect(verifyCheckpointSignature({ ...cp, time: '2026-12-02T05:00:00.001Z' }, keys)).toEqual(bad);
    expect(verifyCheckpointSignature({ ...cp, time: 'yesterday' }, keys)).toEqual(bad);
    expect(verifyCheckpointSignature({ ...cp, signature: 'AAAA' }, keys)).toEqual(bad);
    expect(verifyCheckpointSignature(signCheckpoint(head, other.privateKey), keys)).toEqual({
      ok: false,
      reason: 'unknown-key',
    });
    // The other key claims our keyId: its signature still fails.
    expect(verifyCheckpointSignature({ ...signCheckpoint(head, other.privateKey), keyId: cp.keyId }, keys)).toEqual(
      bad,
    );
    const centres = signingKey('muster/centres');
    expect(verifyCheckpointSignature(signCheckpoint(head, centres.privateKey), [...keys, centres.entry])).toEqual({
      ok: false,
      reason: 'wrong-log',
    });
  });

  it('keeps line breaks out of the signed text', () => {
    expect(() => checkpointText({ ...head, log: `${LOG}\n1` })).toThrow(TypeError);
    expect(() => checkpointText({ ...head, root: 'AB'.repeat(32) })).toThrow(TypeError);
    expect(() => checkpointText({ ...head, size: -1 })).toThrow(TypeError);
  });

  it('derives key ids from the raw public key', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const entry = publicKeyEntry('muster-witness', publicKey);
    expect(entry.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(entry.keyId).toBe(keyIdOf(publicKey));
    expect(Buffer.from(entry.publicKey, 'base64')).toHaveLength(32);
    expect(parsePublicKeys(JSON.stringify({ keys: [entry] }))).toEqual([entry]);
    expect(() => parsePublicKeys(JSON.stringify({ keys: [{ ...entry, keyId: '0'.repeat(16) }] }))).toThrow(
      /not its key's/,
    );
  });

  it('reads private keys from base64 PKCS#8 and never echoes them in errors', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const der = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(privateKeyFromBase64(der, 'LOG_SIGNING_KEY').asymmetricKeyType).toBe('ed25519');
    expect(() => privateKeyFromBase64('', 'LOG_SIGNING_KEY')).toThrow(/LOG_SIGNING_KEY is empty/);
    expect(() => privateKeyFromBase64('not base64!', 'LOG_SIGNING_KEY')).toThrow(/LOG_SIGNING_KEY is not base64/);
    const garbage = Buffer.from('secret-material-here').toString('base64');
    const message = ((): string => {
      try {
        privateKeyFromBase64(garbage, 'LOG_SIGNING_KEY');
        return 'accepted';
      } catch (error) {
        return String(error);
      }
    })();
    expect(message).toMatch(/LOG_SIGNING_KEY is not a PKCS#8 DER private key/);
    expect(message).not.toContain(garbage);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    const rsaDer = rsa.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(() => privateKeyFromBase64(rsaDer, 'WITNESS_SIGNING_KEY')).toThrow(/WITNESS_SIGNING_KEY is a rsa key/);
  });

  it('cosigns: the witness key over the checkpoint text, bound to that checkpoint', () => {
    const witness = signingKey('muster-witness');
    const cp = signCheckpoint(head, key.privateKey);
    const cosignature = cosign(cp, 'muster-witness', witness.privateKey, '2026-12-02T05:00:01.000Z');
    expect(cosignature).toMatchObject({ witness: 'muster-witness', log: LOG, size: 1234, keyId: witness.entry.keyId });
    const witnessKeys = [witness.entry];
    expect(verifyCosignature(cosignature, witnessKeys, cp)).toEqual({ ok: true });
    expect(verifyCosignature({ ...cosignature, size: 1 }, witnessKeys)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyCosignature(cosignature, witnessKeys, { ...cp, root: 'cd'.repeat(32) })).toEqual({
      ok: false,
      reason: 'different-checkpoint',
    });
    expect(verifyCosignature(cosignature, [key.entry])).toEqual({ ok: false, reason: 'unknown-key' });
    expect(verifyCosignature({ ...cosignature, witness: 'someone' }, witnessKeys)).toEqual({
      ok: false,
      reason: 'wrong-witness',
    });
  });

  it('parses checkpoints from the endpoint, kcat lines and bare lines alike', () => {
    const cp: SignedCheckpoint = {
      ...signCheckpoint(head, key.privateKey),
      consistency: { fromSize: 1000, proof: ['ef'.repeat(32)] },
    };
    const kcat = JSON.stringify({
      topic: 'muster.personnel.checkpoints',
      partition: 0,
      offset: 3,
      key: 'personnel',
      payload: JSON.stringify(cp),
    });
    expect(parseCheckpoints(JSON.stringify({ checkpoints: [cp] }, null, 2))).toEqual([cp]);
    expect(parseCheckpoints(`${kcat}\n\n${JSON.stringify(cp)}\n`)).toEqual([cp, cp]);
    expect(parseCheckpoints(JSON.stringify(cp))).toEqual([cp]);
    expect(parseCheckpoints('')).toEqual([]);
    expect(() => parseCheckpoints(`${JSON.stringify(cp)}\n{"log":1}`)).toThrow(/line 2/);
  });
});
