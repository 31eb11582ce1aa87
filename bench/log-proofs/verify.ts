/**
 * The offline verifier over a large log (issue 14: 1,000,000 entries well under a minute on 2 cores):
 * `npm run bench:verify-log -- --help`.
 *
 * Generates, untimed, into a temporary directory: a dump of --entries log entries in `kcat -C -J` form (--streams
 * streams, each event's data 300–500 bytes, chained as the event store chains them), a signed checkpoint every --every
 * entries with its consistency proof from the previous one, and the public key. Then, per run, times as child
 * processes:
 * - **verify-log**: the CLI (`npm run verify-log`) over the dump, its checkpoints and the key; it must find nothing;
 * - **floor**: reading the same file line by line and JSON.parse of each line and of its payload, which any verifier
 *   of this format pays before it hashes anything.
 * One warm-up run (discarded, it also fills the page cache), then --runs measured runs, alternating which goes first.
 * Reports medians (min–max) and the verifier's peak memory, writes bench/log-proofs/results/latest.md, and removes
 * the directory.
 */
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  LogEntry,
  SignedCheckpoint,
  Subtree,
  TreeFrontier,
  chainHash,
  consistencyProofRanges,
  contentHash,
  leafHash,
  publicKeyEntry,
  rangeHash,
  signCheckpoint,
} from '@muster/log-proofs';
import { Summary, summarize } from '../stats';

interface Options {
  readonly entries: number;
  readonly streams: number;
  readonly every: number;
  readonly runs: number;
  readonly out: string;
}

const REPO_ROOT = resolve(__dirname, '..', '..');
const LOG = 'muster/personnel';
const TOPIC = 'muster.personnel.log';
const log = (line: string): void => void process.stderr.write(`[bench:verify-log] ${line}\n`);

function options(argv: readonly string[]): Options {
  const value = (name: string, fallback: string): string => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? (argv[i + 1] as string) : fallback;
  };
  if (argv.includes('--help')) {
    process.stdout.write(
      '--entries N (1000000)  --streams N (3000)  --every N (10000: entries between checkpoints)  --runs N (3)  ' +
        '--out FILE (bench/log-proofs/results/latest.md)\n',
    );
    process.exit(0);
  }
  return {
    entries: Number(value('entries', '1000000')),
    streams: Number(value('streams', '3000')),
    every: Number(value('every', '10000')),
    runs: Number(value('runs', '3')),
    out: value('out', join(__dirname, 'results', 'latest.md')),
  };
}

/** A small deterministic generator: the same dump on every machine, and cheap next to the hashing. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const uuid = (kind: number, n: number): string =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const NOTE =
  'Attended the night shift at the northern centre; radio checks done, first-aid kit restocked, two volunteers ' +
  'briefed on the evacuation routes; the generator needs a service before the winter; no incidents reported. ';
const GIVEN = ['Rana', 'Omar', 'Layla', 'Yusuf', 'Huda', 'Karim', 'Salma', 'Tariq', 'Nour', 'Ziad'];
const FAMILY = ['Haddad', 'Khoury', 'Nassar', 'Saleh', 'Darwish', 'Aziz', 'Mansour', 'Hamdan'];
const TYPES = ['MemberDetailsCorrected', 'MemberAssignedToCentre', 'MemberShiftRecorded', 'MemberRoleGranted'];

/** An event of about 300–500 bytes of data, as the personnel service records them. */
function eventData(next: () => number, n: number): object {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return {
    callSign: `Falcon-${n % 9973}`,
    name: { given: pick(GIVEN), family: pick(FAMILY) },
    homeArea: `Quarter ${Math.floor(next() * 40)}`,
    phone: `+963 944 ${String(n % 1000).padStart(3, '0')} ${String(Math.floor(next() * 1000)).padStart(3, '0')}`,
    roles: next() < 0.5 ? ['rescuer'] : ['rescuer', 'driver'],
    emergencyContact: { name: pick(GIVEN), relation: 'sibling', phone: '+963 944 000 001' },
    shift: { centreId: uuid(7, n % 60), hours: 1 + Math.floor(next() * 12) },
    note: NOTE.slice(0, 60 + Math.floor(next() * 160)),
  };
}

/** Writes line by line, waiting when the file falls behind (a million lines must not sit in memory). */
async function writeLines(path: string, produce: (emit: (line: string) => Promise<void>) => Promise<void>) {
  const out = createWriteStream(path);
  let buffer: string[] = [];
  const flush = async (): Promise<void> => {
    if (!out.write(`${buffer.join('\n')}\n`)) await once(out, 'drain');
    buffer = [];
  };
  await produce(async (line) => {
    buffer.push(line);
    if (buffer.length >= 1000) await flush();
  });
  if (buffer.length > 0) await flush();
  out.end();
  await once(out, 'finish');
}

const kcat = (topic: string, offset: number, key: string, payload: object): string =>
  JSON.stringify({
    topic,
    partition: 0,
    offset,
    tstamp: 1796187600000 + offset,
    broker: 1,
    key,
    payload: JSON.stringify(payload),
  });

interface Generated {
  readonly dump: string;
  readonly checkpoints: string;
  readonly keys: string;
  readonly bytes: number;
  readonly count: number;
}

async function generate(dir: string, o: Options): Promise<Generated> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const keys = join(dir, 'keys.json');
  writeFileSync(keys, JSON.stringify({ keys: [publicKeyEntry(LOG, publicKey)] }));
  const next = random(14);
  const heads = new Map<number, { version: number; hash: string }>();
  const frontier = TreeFrontier.empty();
  // Checkpoint sizes are multiples of `every`, so every range of their consistency proofs starts and ends on a
  // multiple of its largest power-of-two factor: subtrees below that level are never looked up, and are not kept.
  let minLevel = 0;
  while (o.every % 2 ** (minLevel + 1) === 0) minLevel++;
  const subtrees = new Map<string, Buffer>();
  const checkpoints: SignedCheckpoint[] = [];
  const started = Date.UTC(2026, 11, 1);
  const dump = join(dir, 'personnel.log.jsonl');
  await writeLines(dump, async (emit) => {
    for (let logIndex = 0; logIndex < o.entries; logIndex++) {
      const stream = Math.floor(next() * o.streams);
      const head = heads.get(stream);
      const at = new Date(started + logIndex * 1000).toISOString();
      const content = {
        id: uuid(1, logIndex),
        streamId: `member-${uuid(2, stream)}`,
        streamType: 'member',
        type: head ? (TYPES[logIndex % TYPES.length] as string) : 'MemberApplied',
        schemaVersion: 1,
        data: eventData(next, logIndex),
        metadata: { actorId: uuid(3, logIndex % 50), actorRoles: ['hr'], correlationId: uuid(4, logIndex) },
        occurredAt: at,
      };
      const streamVersion = (head?.version ?? 0) + 1;
      const previousHash = head?.hash ?? null;
      const hash = chainHash(previousHash, streamVersion, contentHash(content));
      heads.set(stream, { version: streamVersion, hash });
      const entry: LogEntry = { log: LOG, logIndex, ...content, streamVersion, recordedAt: at, hash, previousHash };
      await emit(kcat(TOPIC, logIndex, 'personnel', entry));
      for (const s of frontier.append(leafHash(hash))) {
        if (s.level >= minLevel) subtrees.set(`${s.level}:${s.index}`, s.hash);
      }
      if (frontier.size % o.every === 0) {
        const time = new Date(started + logIndex * 1000 + 500).toISOString();
        const cp = signCheckpoint(
          { log: LOG, size: frontier.size, root: frontier.root().toString('hex'), time },
          privateKey,
        );
        const previous = checkpoints[checkpoints.length - 1];
        const lookup = (s: Subtree): Buffer => {
          const found = subtrees.get(`${s.level}:${s.index}`);
          if (!found) throw new Error(`subtree (${s.level}, ${s.index}) was not kept`);
          return found;
        };
        const consistency = previous
          ? {
              fromSize: previous.size,
              proof: consistencyProofRanges(previous.size, cp.size).map(([a, b]) =>
                rangeHash(a, b, lookup).toString('hex'),
              ),
            }
          : null;
        checkpoints.push({ ...cp, consistency });
      }
    }
  });
  const checkpointFile = join(dir, 'personnel.checkpoints.jsonl');
  writeFileSync(
    checkpointFile,
    `${checkpoints.map((cp, i) => kcat('muster.personnel.checkpoints', i, 'personnel', cp)).join('\n')}\n`,
  );
  return { dump, checkpoints: checkpointFile, keys, bytes: statSync(dump).size, count: checkpoints.length };
}

/** What any verifier of a kcat dump pays: every line read and parsed, and its payload parsed. */
const FLOOR = `
const { createReadStream } = require('node:fs');
const { createInterface } = require('node:readline');
(async () => {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) {
    if (line.length > 0 && JSON.parse(JSON.parse(line).payload).logIndex >= 0) n++;
  }
  process.stdout.write(String(n) + '\\n');
})();
`;

interface Timed {
  readonly ms: number;
  readonly peakMiB: number;
  readonly stdout: string;
}

/** Runs a child to its end: wall time, and its peak resident memory (VmHWM, sampled until it exits). */
async function timed(args: readonly string[], expectedCode: number): Promise<Timed> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let peakKiB = 0;
  const sample = setInterval(() => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (match) peakKiB = Math.max(peakKiB, Number(match[1]));
    } catch {
      // gone already
    }
  }, 100);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(sample);
  const ms = performance.now() - started;
  if (code !== expectedCode) throw new Error(`${args.join(' ')} exited ${code}: ${stderr || stdout}`);
  return { ms, peakMiB: peakKiB / 1024, stdout };
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const loadBefore = loadavg().map((l) => l.toFixed(1));
  const dir = mkdtempSync(join(tmpdir(), 'muster-verify-log-'));
  try {
    const t0 = performance.now();
    const data = await generate(dir, o);
    log(
      `generated ${o.entries} entries (${(data.bytes / 2 ** 20).toFixed(0)} MiB) and ${data.count} checkpoints in ` +
        `${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const verify = [
      '-r',
      './infra/register.js',
      'libs/log-proofs/src/cli/verify-log.ts',
      ...['--log', data.dump, '--checkpoints', data.checkpoints, '--keys', data.keys],
    ];
    const floor = ['-e', FLOOR, data.dump];
    const runs: Array<{ verify: Timed; floor: Timed }> = [];
    for (let run = 0; run <= o.runs; run++) {
      const pair = run % 2 === 0 ? [verify, floor] : [floor, verify];
      const results = [];
      for (const args of pair) results.push(await timed(args, 0));
      const [v, f] = (run % 2 === 0 ? results : [...results].reverse()) as [Timed, Timed];
      if (!v.stdout.includes('no findings')) throw new Error(`verify-log found something:\n${v.stdout}`);
      log(
        `run ${run}${run === 0 ? ' (warm-up)' : ''}: verify-log ${(v.ms / 1000).toFixed(1)} s, floor ${(f.ms / 1000).toFixed(1)} s`,
      );
      if (run > 0) runs.push({ verify: v, floor: f });
    }
    const v = summarize(runs.map((r) => r.verify.ms));
    const f = summarize(runs.map((r) => r.floor.ms));
    const peak = summarize(runs.map((r) => r.verify.peakMiB));
    const s = (x: Summary): string =>
      `${(x.median / 1000).toFixed(1)} s (${(x.min / 1000).toFixed(1)}–${(x.max / 1000).toFixed(1)})`;
    const perEntry = (x: Summary): string => `${((x.median * 1000) / o.entries).toFixed(1)} µs`;
    const out = [
      `# Offline log verification: ${o.entries.toLocaleString('en')} entries`,
      '',
      `Median of ${o.runs} runs (min–max), after one warm-up run; ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ` +
        `${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; load average ${loadBefore.join(' / ')} ` +
        `before. The dump: ${(data.bytes / 2 ** 20).toFixed(0)} MiB of \`kcat -C -J\` lines, ${o.streams} streams, ` +
        `${data.count} signed checkpoints (one every ${o.every} entries, each with its consistency proof).`,
      '',
      '| What | Time | Per entry | Peak memory | Target |',
      '| ---- | ---- | --------- | ----------- | ------ |',
      `| verify-log (\`npm run verify-log\`, a process) | ${s(v)} | ${perEntry(v)} | ${peak.median.toFixed(0)} MiB | ` +
        `well under 60 s: ${v.median < 60_000 ? 'met' : 'missed'} |`,
      `| floor: read + JSON.parse of every line and payload | ${s(f)} | ${perEntry(f)} | ` +
        `${summarize(runs.map((r) => r.floor.peakMiB)).median.toFixed(0)} MiB | |`,
      '',
      `verify-log takes ${(v.median / f.median).toFixed(1)}× the floor.`,
      '',
    ].join('\n');
    process.stdout.write(out);
    mkdirSync(resolve(o.out, '..'), { recursive: true });
    writeFileSync(o.out, out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
