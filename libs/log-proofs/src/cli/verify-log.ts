import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  LogVerifier,
  PublicKeyEntry,
  SignedCheckpoint,
  VerificationReport,
  parseCheckpoints,
  parseDumpLine,
  parsePublicKeys,
} from '../index';

// npm run verify-log -- --log personnel.log.jsonl --checkpoints personnel.checkpoints.jsonl --keys keys.json
// Checks whole logs offline from their dumps (kcat -J or the audit export) and signed checkpoints (docs/audit.md).
// Node's built-ins and this lib only: an auditor can read all of it. Exit 0: no findings; 1: findings; 2: bad usage or
// unreadable input.

const USAGE =
  'Usage: npm run verify-log -- --log <dump.jsonl> [--log <dump.jsonl> …] ' +
  '[--checkpoints <file> … --keys <keys.json>] [--json]\n' +
  '  --log          a log dump: `kcat -C -J` lines of muster.<service>.log, or GET /audit/log/export lines\n' +
  '  --checkpoints  signed checkpoints: kcat -J lines of muster.<service>.checkpoints, or GET /audit/log/checkpoints\n' +
  '  --keys         the public keys (GET /audit/log/keys); needed to trust any checkpoint\n' +
  '  --json         print the whole report as JSON instead of text\n';

/** A problem with how the tool was called or with its input files: exit code 2. */
class InputError extends Error {}

const reasonOf = (error: unknown): string =>
  error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${what} ${path}: ${reasonOf(error)}`);
  }
}

function parsed<T>(path: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new InputError(`${path}: ${reasonOf(error)}`);
  }
}

/**
 * Streams one dump into the verifier. The log the file holds is named by its first line: its Kafka message's key when
 * the lines are kcat's (the log's producer keys every message with the log's name), else its entry's; an entry of any
 * other log in it is reported.
 */
async function feed(verifier: LogVerifier, path: string): Promise<void> {
  const input = createReadStream(path, { encoding: 'utf8' });
  await new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', (error) => reject(new InputError(`cannot read the dump ${path}: ${reasonOf(error)}`)));
  });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let fileLog: string | undefined;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim().length === 0) continue;
    let dumped;
    try {
      dumped = parseDumpLine(line);
    } catch (error) {
      verifier.addMalformed(`${basename(path)}:${lineNumber}`, reasonOf(error));
      continue;
    }
    for (const entry of dumped.entries) {
      fileLog ??= dumped.key ?? entry.log;
      verifier.add(entry, fileLog);
    }
  }
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function text(report: VerificationReport, checked: boolean): string {
  const lines: string[] = [];
  for (const log of report.logs) {
    const positions = log.firstIndex === null ? 'no entries' : `positions ${log.firstIndex}–${log.lastIndex}`;
    const latest = log.latest ? ` (latest: size ${log.latest.size} at ${log.latest.time})` : '';
    lines.push(
      `${log.log}: ${count(log.entries, 'entry', 'entries')} (${positions}), ${count(log.streams, 'stream')}` +
        `${log.repeats > 0 ? ` (and ${count(log.repeats, 'repeat')} of an entry sent twice, counted once)` : ''}; ` +
        `${log.matching} of ${count(log.checkpoints, 'signed checkpoint')} match${latest}; root ${log.root}`,
    );
  }
  if (!checked) lines.push('No checkpoints given: each stream\u2019s hash chain was checked, not the log as a whole.');
  for (const finding of report.findings) lines.push(`[${finding.code}] ${finding.message}`);
  lines.push(
    report.ok
      ? `OK: ${count(report.entries, 'entry', 'entries')}, ${count(report.streams, 'stream')}, ` +
          `${count(report.checkpoints, 'checkpoint')}; no findings.`
      : `${count(report.findings.length, 'finding')}.`,
  );
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        log: { type: 'string', multiple: true },
        checkpoints: { type: 'string', multiple: true },
        keys: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new InputError(`${reasonOf(error)}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const dumps = values.log ?? [];
  const checkpointFiles = values.checkpoints ?? [];
  if (dumps.length === 0) throw new InputError(`--log is required\n${USAGE}`);
  if (checkpointFiles.length > 0 && !values.keys) {
    throw new InputError(`--checkpoints needs --keys: a checkpoint is worth only the key that signed it\n${USAGE}`);
  }
  let keys: PublicKeyEntry[] = [];
  if (values.keys) {
    const path = values.keys;
    const content = await readText(path, 'the keys file');
    keys = parsed(path, () => parsePublicKeys(content));
  }
  const checkpoints: SignedCheckpoint[] = [];
  for (const path of checkpointFiles) {
    const content = await readText(path, 'the checkpoints file');
    checkpoints.push(...parsed(path, () => parseCheckpoints(content)));
  }
  const verifier = new LogVerifier({ keys, checkpoints });
  for (const path of dumps) await feed(verifier, path);
  const report = verifier.finish();
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : text(report, checkpoints.length > 0));
  return report.ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`verify-log: ${error instanceof InputError ? error.message : reasonOf(error)}\n`);
    process.exitCode = 2;
  },
);
