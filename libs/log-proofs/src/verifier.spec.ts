import {
  LogEntry,
  LogVerifier,
  PublicKeyEntry,
  SignedCheckpoint,
  VerificationReport,
  leafHash,
  merkleRoot,
} from './index';
import { LOG, chainedLog, checkpointsOver, rechained, renumbered, sealed, signingKey } from './spec-support';

// 40 entries: four streams interleaved; from position 20 on, member-late takes member-c's turns.
const PLAN = Array.from(
  { length: 40 },
  (_, i) => `member-${(i < 20 ? ['a', 'b', 'c', 'd'] : ['a', 'b', 'late', 'd'])[i % 4]}`,
);
const SIZES = [0, 8, 16, 24, 32, 40];
const key = signingKey();
const KEYS = [key.entry];
const clean = chainedLog(PLAN);
const CHECKPOINTS = checkpointsOver(clean, SIZES, key);

function verify(
  entries: readonly LogEntry[],
  checkpoints: readonly SignedCheckpoint[] = CHECKPOINTS,
  keys: readonly PublicKeyEntry[] = KEYS,
): VerificationReport {
  const verifier = new LogVerifier({ keys, checkpoints });
  for (const entry of entries) verifier.add(entry);
  return verifier.finish();
}

const codes = (report: VerificationReport): string[] => [...new Set(report.findings.map((f) => f.code))].sort();
const messages = (report: VerificationReport, code: string): string[] =>
  report.findings.filter((f) => f.code === code).map((f) => f.message);
const without = (entries: readonly LogEntry[], streamId: string): LogEntry[] =>
  entries.filter((e) => e.streamId !== streamId);

describe('LogVerifier', () => {
  it('passes a clean log with its checkpoints', () => {
    const report = verify(clean);
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ ok: true, entries: 40, streams: 5, checkpoints: 6 });
    expect(report.logs).toEqual([
      {
        log: LOG,
        entries: 40,
        streams: 5,
        firstIndex: 0,
        lastIndex: 39,
        root: merkleRoot(clean.map((e) => leafHash(e.hash))).toString('hex'),
        checkpoints: 6,
        matching: 6,
        latest: { size: 40, time: CHECKPOINTS[5]?.time },
      },
    ]);
  });

  it('finds a deleted stream whose positions were left as they were', () => {
    const report = verify(without(clean, 'member-c'));
    expect(codes(report)).toEqual(['log-shorter', 'missing-positions', 'root-mismatch']);
    expect(messages(report, 'missing-positions')).toEqual(
      [2, 6, 10, 14, 18].map((p) => `log ${LOG}: position ${p} is missing from the dump`),
    );
    expect(messages(report, 'root-mismatch')[0]).toContain(
      `the checkpoint of ${LOG} at size 0 (${CHECKPOINTS[0]?.time}) still matches, so the change lies between log positions 0 and 7`,
    );
    expect(messages(report, 'log-shorter')).toEqual([
      `the checkpoint of ${LOG} at size 40 (${CHECKPOINTS[5]?.time}) covers 40 entries, but the dump holds 35: 5 entries were deleted, or the dump is incomplete`,
    ]);
  });

  it('finds a deleted stream whose later positions were renumbered', () => {
    const report = verify(renumbered(without(clean, 'member-late')));
    expect(codes(report)).toEqual(['log-shorter', 'root-mismatch']);
    const truncated = verify(clean.slice(0, 30));
    expect(codes(truncated)).toEqual(['log-shorter']);
    expect(messages(truncated, 'log-shorter')[0]).toContain(
      'the dump holds 30 (as do 1 smaller checkpoint): 10 entries',
    );
    expect(messages(report, 'root-mismatch')[0]).toMatch(
      new RegExp(
        `the checkpoint of ${LOG} at size 16 \\(.+\\) still matches, so the change lies between log positions 16 and 23`,
      ),
    );
  });

  it('finds a stream rewritten with recomputed hashes only through the checkpoints', () => {
    const forged = rechained(
      clean.map((e) => (e.streamId === 'member-late' ? { ...e, data: { callSign: 'Forged' } } : e)),
    );
    const report = verify(forged);
    expect(codes(report)).toEqual(['root-mismatch']);
    expect(report.findings.map((f) => f.size)).toEqual([24, 32, 40]);
    expect(report.findings[0]).toMatchObject({ code: 'root-mismatch', log: LOG, size: 24 });
    expect(report.findings[0]?.message).toContain('the change lies between log positions 16 and 23');
  });

  it('finds two events of a stream swapped', () => {
    const swapped = [...clean];
    [swapped[4], swapped[12]] = [clean[12] as LogEntry, clean[4] as LogEntry]; // member-a versions 2 and 4
    const renumberedReport = verify(renumbered(swapped));
    expect(codes(renumberedReport)).toEqual(['root-mismatch', 'version-order']);
    expect(messages(renumberedReport, 'version-order')).toEqual([
      'stream member-a: version 4 at log position 4 comes before version 3 at log position 8',
      'stream member-a: version 4 at log position 4 comes before version 2 at log position 12',
    ]);
    const asStored = verify(swapped);
    expect(codes(asStored)).toEqual(['position-order', 'root-mismatch', 'version-order']);
    expect(messages(asStored, 'position-order')).toEqual([
      `log ${LOG}: position 5 (stream member-b version 2) comes right after position 12 in the dump; positions must increase`,
      `log ${LOG}: position 4 (stream member-a version 2) comes right after position 11 in the dump; positions must increase`,
    ]);
    expect(messages(verify(swapped, CHECKPOINTS.slice(0, 1)), 'missing-positions')).toEqual([]);
  });

  it('finds an event inserted at a back-dated position', () => {
    const inserted = sealed({
      ...(clean[5] as LogEntry),
      id: '99999999-0000-4000-8000-000000000000',
      streamId: 'member-new',
      streamVersion: 1,
      previousHash: null,
    });
    const withInsert = [...clean.slice(0, 5), inserted, ...clean.slice(5)];
    const report = verify(renumbered(withInsert));
    expect(codes(report)).toEqual(['root-mismatch']);
    expect(report.findings.map((f) => f.size)).toEqual([8, 16, 24, 32, 40]);
    expect(codes(verify(withInsert))).toEqual(['position-order', 'root-mismatch']);
  });

  it('finds a content edit, and a hash recomputed over it', () => {
    const edited = clean.map((e) => (e.logIndex === 9 ? { ...e, data: { ...e.data, callSign: 'Edited' } } : e));
    const report = verify(edited);
    expect(codes(report)).toEqual(['content-changed']);
    expect(report.findings[0]).toMatchObject({ streamId: 'member-b', streamVersion: 3, logIndex: 9 });
    expect(report.findings[0]?.message).toBe(
      'stream member-b version 3 at log position 9: its hash does not match its content (changed after it was written)',
    );
    const resealed = edited.map((e) => (e.logIndex === 9 ? sealed(e) : e));
    const chainReport = verify(resealed);
    expect(codes(chainReport)).toEqual(['chain-broken', 'root-mismatch']);
    expect(messages(chainReport, 'chain-broken')).toEqual([
      "stream member-b version 4 at log position 13 does not link to version 3 at log position 9: its previousHash is not that event's hash",
    ]);
  });

  it('finds missing versions and duplicated events', () => {
    const gap = renumbered(clean.filter((e) => !(e.streamId === 'member-d' && e.streamVersion === 2)));
    expect(messages(verify(gap, []), 'version-gap')).toEqual([
      'stream member-d: version 2 is missing (version 1 at log position 3 is followed by version 3 at log position 10)',
    ]);
    const duplicated = renumbered([...clean.slice(0, 10), clean[9] as LogEntry, ...clean.slice(10)]);
    expect(codes(verify(duplicated, []))).toEqual(['duplicate-event']);
    const headless = clean.filter((e) => !(e.streamId === 'member-b' && e.streamVersion === 1));
    expect(messages(verify(headless, []), 'version-gap')).toEqual([
      'stream member-b: version 1 is missing (the stream starts with version 2 at log position 5)',
    ]);
  });

  it('finds checkpoints signed with another key or for another log', () => {
    const stranger = signingKey();
    const foreign = checkpointsOver(clean, [16], stranger);
    const report = verify(clean, [...CHECKPOINTS, ...foreign]);
    expect(codes(report)).toEqual(['unknown-key']);
    expect(report.findings[0]?.message).toContain(`is signed with key ${stranger.entry.keyId}, which is not among`);
    const centres = signingKey('muster/centres');
    const misused = checkpointsOver(clean, [16], centres);
    expect(codes(verify(clean, [...CHECKPOINTS, ...misused], [...KEYS, centres.entry]))).toEqual(['wrong-log']);
    const altered = { ...(CHECKPOINTS[2] as SignedCheckpoint), size: 17 };
    expect(codes(verify(clean, [...CHECKPOINTS, altered]))).toEqual(['bad-signature']);
  });

  it('finds forks and checkpoints that do not extend each other', () => {
    const otherHistory = rechained(clean.map((e) => (e.logIndex === 3 ? { ...e, data: { callSign: 'X' } } : e)));
    const [forked] = checkpointsOver(otherHistory, [16], key);
    const report = verify(clean, [...CHECKPOINTS, forked as SignedCheckpoint]);
    expect(codes(report)).toEqual(['fork', 'inconsistent-checkpoints', 'root-mismatch']);
    expect(messages(report, 'fork')[0]).toContain('has two signed checkpoints at size 16 with different roots');

    // An embedded proof that fails, on checkpoints the dump matches.
    const tampered = CHECKPOINTS.map((cp) =>
      cp.size === 24 && cp.consistency ? { ...cp, consistency: { fromSize: 16, proof: ['00'.repeat(32)] } } : cp,
    );
    expect(codes(verify(clean, tampered))).toEqual(['inconsistent-checkpoints']);

    // No proof from the previous size: the entries decide (they match the later head, not the earlier).
    const [lying] = checkpointsOver(otherHistory, [8], key);
    const noProofs = [lying as SignedCheckpoint, ...CHECKPOINTS.filter((c) => c.size >= 16)].map((c) => ({
      ...c,
      consistency: null,
    }));
    const byEntries = verify(clean, noProofs);
    expect(codes(byEntries)).toEqual(['inconsistent-checkpoints', 'root-mismatch']);
    expect(messages(byEntries, 'inconsistent-checkpoints')[0]).toContain('the dump matches the later one');
  });

  it('leaves out entries of another log when told which log the dump holds', () => {
    const verifier = new LogVerifier({ keys: KEYS, checkpoints: CHECKPOINTS });
    for (const entry of clean) verifier.add(entry, LOG);
    verifier.add({ ...(clean[0] as LogEntry), log: 'muster/centres', logIndex: 40 }, LOG);
    const report = verifier.finish();
    expect(codes(report)).toEqual(['wrong-log']);
    expect(report.entries).toBe(40);
  });

  it('lists a bounded number of findings per code and counts the rest', () => {
    const verifier = new LogVerifier({ keys: KEYS, checkpoints: [], maxFindingsPerCode: 3 });
    for (const entry of clean) verifier.add({ ...entry, data: {} });
    const report = verifier.finish();
    expect(report.findings).toHaveLength(4);
    expect(report.findings[3]).toEqual({
      code: 'content-changed',
      message: '…and 37 more content-changed findings, not listed',
    });
  });
});
