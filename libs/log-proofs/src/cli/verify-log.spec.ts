import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LOG, chainedLog, checkpointsOver, kcatLine, signingKey } from '../spec-support';

const ROOT = resolve(__dirname, '../../../..');
const key = signingKey();
const entries = chainedLog(Array.from({ length: 30 }, (_, i) => `member-${i % 3}`));
const checkpoints = checkpointsOver(entries, [10, 20, 30], key);

describe('verify-log (the CLI, as a process)', () => {
  let dir: string;
  const file = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const run = (...args: string[]) => {
    const result = spawnSync(
      process.execPath,
      ['-r', './infra/register.js', 'libs/log-proofs/src/cli/verify-log.ts', ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'verify-log-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('verifies a kcat dump against its checkpoints, finds an edit, and refuses bad usage', () => {
    const keys = file('keys.json', JSON.stringify({ keys: [key.entry] }));
    const cps = file(
      'checkpoints.jsonl',
      checkpoints.map((cp, i) => kcatLine(cp, i, 'muster.personnel.checkpoints')).join('\n'),
    );
    const dump = file('personnel.log.jsonl', `${entries.map((e, i) => kcatLine(e, i)).join('\n')}\n`);

    const clean = run('--log', dump, '--checkpoints', cps, '--keys', keys);
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(`${LOG}: 30 entries (positions 0–29), 3 streams; 3 of 3 signed checkpoints match`);
    expect(clean.stdout).toContain('OK: 30 entries, 3 streams, 3 checkpoints; no findings.');

    const edited = entries.map((e, i) => kcatLine(i === 12 ? { ...e, data: { callSign: 'Edited' } } : e, i));
    const tampered = file('tampered.jsonl', [...edited, 'not json'].join('\n'));
    const found = run('--log', tampered, '--checkpoints', cps, '--keys', keys);
    expect(found.code).toBe(1);
    expect(found.stdout).toContain(
      '[content-changed] stream member-0 version 5 at log position 12: its hash does not match its content',
    );
    expect(found.stdout).toContain('[malformed-entry] tampered.jsonl:31: the line is not JSON');
    expect(found.stdout).toContain('2 findings.');

    expect(run('--checkpoints', cps, '--keys', keys)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--log is required'),
    });
    expect(run('--log', dump, '--checkpoints', cps)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--checkpoints needs --keys'),
    });
    expect(run('--log', join(dir, 'absent.jsonl'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(`cannot read the dump ${join(dir, 'absent.jsonl')}: ENOENT`),
    });
    expect(run('--log', dump, '--keys', file('bad-keys.json', '{"keys":[{"name":"x"}]}'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('key 1: "keyId" must be 16 lowercase hex digits'),
    });
  });

  it('reads log messages that carry several entries each, a resent message counted once, a bad entry named', () => {
    const keys = file('keys.json', JSON.stringify({ keys: [key.entry] }));
    const cps = file('checkpoints.jsonl', checkpoints.map((cp, i) => kcatLine(cp, i)).join('\n'));
    // Messages of 7 entries; after a crash the producer sends again from position 14 (already sent in message 2).
    const messages = [0, 7, 14, 21, 28].map((from) => entries.slice(from, from + 7));
    const resent = [...messages.slice(0, 3), entries.slice(14, 21), ...messages.slice(3)];
    const dump = file('grouped.jsonl', `${resent.map((group, i) => kcatLine(group, i)).join('\n')}\n`);
    const clean = run('--log', dump, '--checkpoints', cps, '--keys', keys);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(
      `${LOG}: 30 entries (positions 0–29), 3 streams (and 7 repeats of an entry sent twice`,
    );
    expect(clean.stdout).toContain('3 checkpoints; no findings.');

    const broken = JSON.parse(kcatLine(messages[1] ?? [], 1)) as { payload: string };
    const lines = broken.payload.split('\n');
    lines[2] = '{"log":';
    const bad = file(
      'bad-line.jsonl',
      [kcatLine(messages[0] ?? [], 0), JSON.stringify({ ...broken, payload: lines.join('\n') })].join('\n'),
    );
    const found = run('--log', bad);
    expect(found.code).toBe(1);
    expect(found.stdout).toContain("[malformed-entry] bad-line.jsonl:2: the kcat payload's line 3 is not JSON");
  });
});
