import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logTopicOf } from '@muster/contracts';
import { REPO_ROOT } from '@muster/infra';
import {
  chainHash,
  contentHash,
  leafHash,
  SignedCheckpoint,
  signCheckpoint,
  verifyConsistency,
  verifyInclusion,
} from '@muster/log-proofs';
import { testKafka, waitFor } from '@muster/testing';
import type { Client } from 'pg';
import { activeVolunteer, identityOf, registerCentre } from './organisation';
import { bearer, RunningService } from './muster';
import { RunningWitness } from './witness';

// Issue 14: the log proves itself to someone who does not trust the database. Each tampering below is what a hostile
// database administrator can do with SQL; the offline verifier (given the log as the database serves it now) and the
// witness (which countersigned the checkpoints before) must both catch it and say what it is.

interface StoredEvent {
  id: string;
  stream_id: string;
  stream_type: string;
  stream_version: number;
  type: string;
  schema_version: number;
  data: object;
  metadata: object;
  occurred_at: Date;
  hash: string;
  previous_hash: string | null;
  transaction_id: string;
}

interface Verification {
  readonly code: number;
  readonly output: string;
}

describe('the verifiable log', () => {
  let centres: RunningService;
  let personnel: RunningService;
  let witness: RunningWitness;
  let centreId: string;
  let auditor: string;
  let work: string;
  const members: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'muster-log-'));
    centres = await RunningService.start('centres');
    // Checkpoints every 5 events or 200 ms, so that each step below is covered by one within a moment.
    personnel = await RunningService.start('personnel', undefined, {
      LOG_CHECKPOINT_EVENTS: '5',
      LOG_CHECKPOINT_INTERVAL_MS: '200',
    });
    witness = await RunningWitness.start({
      services: { personnel: personnel.baseUrl },
      trustedKeys: [personnel.logPublicKey],
    });
    auditor = await bearer(['auditor']);
    centreId = await registerCentre(centres, 'Saraqib', 'Idlib', 'operational', [personnel]);
    for (const [own, family] of [
      ['Omar', 'Haddad'],
      ['Khaled', 'Saleh'],
      ['Rami', 'Najjar'],
    ] as const) {
      members.push(await activeVolunteer(personnel, centreId, `${own}-${family}`, identityOf(own, family)));
      // A checkpoint after each member, however fast the machine: the log then has several to compare.
      await settled();
    }
  }, 240_000);

  afterAll(async () => {
    await witness?.stop();
    await personnel?.stop();
    await centres?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  /** Waits until a checkpoint covers every event and the witness has countersigned it; answers the checkpoints. */
  async function settled(): Promise<SignedCheckpoint[]> {
    let checkpoints: SignedCheckpoint[] = [];
    await waitFor(
      async () => {
        const events = await personnel.eventCount();
        checkpoints = (
          await personnel.ok<{ checkpoints: SignedCheckpoint[] }>('GET', '/audit/log/checkpoints?limit=1000', auditor)
        ).checkpoints;
        const latest = checkpoints.at(-1);
        if (!latest || latest.size !== events) return false;
        const cosigned = await witness.cosignatures(personnel.logName);
        return cosigned.some((c) => c.size === latest.size && c.root === latest.root);
      },
      60_000,
      'a countersigned checkpoint of every event',
    );
    return checkpoints;
  }

  /** The offline verifier, as an auditor runs it, on the log the database serves now (or on the file given). */
  async function verifyLog(logFile?: string): Promise<Verification> {
    const dump = logFile ?? join(work, 'export.jsonl');
    if (!logFile) {
      const res = await fetch(`${personnel.baseUrl}/audit/log/export`, { headers: { Authorization: auditor } });
      expect(res.status).toBe(200);
      writeFileSync(dump, await res.text());
    }
    const checkpoints = await personnel.ok('GET', '/audit/log/checkpoints?limit=1000', auditor);
    writeFileSync(join(work, 'checkpoints.json'), JSON.stringify(checkpoints));
    // The keys an auditor was given, not the ones the service serves: a forger could serve their own.
    writeFileSync(join(work, 'keys.json'), JSON.stringify({ keys: [personnel.logPublicKey] }));
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [
          '-r',
          './infra/register.js',
          'libs/log-proofs/src/cli/verify-log.ts',
          '--log',
          dump,
          '--checkpoints',
          join(work, 'checkpoints.json'),
          '--keys',
          join(work, 'keys.json'),
        ],
        { cwd: REPO_ROOT },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      );
    });
  }

  /** A clean verification: exit status 0 (the output shown otherwise). */
  function expectClean(result: Verification): void {
    expect(result).toEqual({ code: 0, output: expect.stringContaining('no findings') });
  }

  /** The log topic's messages of this log, as `kcat -C -J` writes them. */
  async function logTopicDump(): Promise<string> {
    const kafka = testKafka('log-topic-dump');
    const admin = kafka.admin();
    await admin.connect();
    const [end] = await admin.fetchTopicOffsets(logTopicOf('personnel'));
    await admin.disconnect();
    const last = Number(end?.high ?? 0);
    const consumer = kafka.consumer({ groupId: `log-dump-${Date.now()}` });
    const lines: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: logTopicOf('personnel'), fromBeginning: true });
    let seen = 0;
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        seen = Number(message.offset) + 1;
        if (message.key?.toString() !== personnel.logName) return;
        lines.push(
          JSON.stringify({
            topic,
            partition,
            offset: Number(message.offset),
            tstype: 'create',
            ts: Number(message.timestamp),
            broker: 0,
            key: message.key.toString(),
            payload: message.value?.toString() ?? null,
          }),
        );
      },
    });
    await waitFor(async () => seen >= last, 30_000, 'the log topic read to its end');
    await consumer.disconnect();
    return lines.join('\n') + '\n';
  }

  async function eventsOf(client: Client, streamId: string): Promise<StoredEvent[]> {
    const { rows } = await client.query<StoredEvent>(
      `SELECT id, stream_id, stream_type, stream_version, type, schema_version, data, metadata, occurred_at, hash,
              previous_hash, transaction_id::text FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [streamId],
    );
    return rows;
  }

  /** An event's hash, recomputed as a forger who knows the (public) algorithm would, chained onto `previousHash`. */
  function chained(event: StoredEvent, previousHash: string | null): StoredEvent {
    const content = contentHash({
      id: event.id,
      streamId: event.stream_id,
      streamType: event.stream_type,
      type: event.type,
      schemaVersion: event.schema_version,
      data: event.data,
      metadata: event.metadata,
      occurredAt: event.occurred_at.toISOString(),
    });
    return { ...event, previous_hash: previousHash, hash: chainHash(previousHash, event.stream_version, content) };
  }

  /** A whole stream's chain recomputed from its first event. */
  function rechain(events: StoredEvent[]): StoredEvent[] {
    let previous: string | null = null;
    return events.map((event) => {
      const link = chained(event, previous);
      previous = link.hash;
      return link;
    });
  }

  /** Runs one tampering, lets the caller look, and puts the database back as it was. */
  async function tampered(tamper: (client: Client) => Promise<void>, look: () => Promise<void>): Promise<void> {
    await personnel.asDatabaseOwner(async (client) => {
      await client.query(`CREATE TABLE kept_events AS SELECT * FROM events`);
      await client.query(`CREATE TABLE kept_streams AS SELECT * FROM streams`);
      await tamper(client);
    });
    try {
      await look();
    } finally {
      await personnel.asDatabaseOwner(async (client) => {
        await client.query(`DELETE FROM events`);
        await client.query(`INSERT INTO events OVERRIDING SYSTEM VALUE SELECT * FROM kept_events`);
        await client.query(`DELETE FROM streams`);
        await client.query(`INSERT INTO streams SELECT * FROM kept_streams`);
        await client.query(`DROP TABLE kept_events, kept_streams`);
      });
    }
  }

  /** What the offline verifier and the witness say of the log now: both must have found it, naming it. */
  async function caught(...expected: RegExp[]): Promise<void> {
    const offline = await verifyLog();
    expect(offline.code).toBe(1);
    const { findings } = await witness.audit();
    const mine = findings.filter((finding) => finding.log === personnel.logName);
    const witnessed = mine.map((finding) => `[${finding.code}] ${finding.message}`).join('\n');
    for (const pattern of expected) {
      expect(offline.output).toMatch(pattern);
      expect(witnessed).toMatch(pattern);
    }
  }

  it('verifies clean, offline and by the witness, with proofs for any event — after an erasure and a restart too', async () => {
    let checkpoints = await settled();
    expect(checkpoints.length).toBeGreaterThan(1);
    expectClean(await verifyLog());

    // An inclusion proof for one event, against the latest checkpoint, checked with nothing but the proof.
    const { events } = await personnel.ok<{ events: Array<{ id: string; hash: string }> }>(
      'GET',
      `/audit/streams/member-${members[0]}`,
      auditor,
    );
    const event = events[1];
    if (!event) throw new Error('the member has no second event');
    const latest = checkpoints.at(-1) as SignedCheckpoint;
    const inclusion = await personnel.ok<{ logIndex: number; treeSize: number; proof: string[] }>(
      'GET',
      `/audit/log/events/${event.id}/inclusion?treeSize=${latest.size}`,
      auditor,
    );
    const proof = inclusion.proof.map((hash) => Buffer.from(hash, 'hex'));
    const root = Buffer.from(latest.root, 'hex');
    expect(verifyInclusion(leafHash(event.hash), inclusion.logIndex, latest.size, proof, root)).toBe(true);
    expect(verifyInclusion(leafHash(events[0]?.hash ?? ''), inclusion.logIndex, latest.size, proof, root)).toBe(false);

    // The first checkpoint's tree is a prefix of the latest one's.
    const first = checkpoints[0] as SignedCheckpoint;
    const consistency = await personnel.ok<{ proof: string[] }>(
      'GET',
      `/audit/log/consistency?fromSize=${first.size}&toSize=${latest.size}`,
      auditor,
    );
    const hashes = consistency.proof.map((hash) => Buffer.from(hash, 'hex'));
    expect(
      verifyConsistency(
        first.size,
        latest.size,
        hashes,
        Buffer.from(first.root, 'hex'),
        Buffer.from(latest.root, 'hex'),
      ),
    ).toBe(true);

    // Crypto-shredding changes no event: every proof still holds.
    const hr = await bearer(['hr']);
    await personnel.ok('POST', `/members/${members[0]}/identity-erasure`, hr, { reason: 'The family asked for it' });
    await settled();
    expectClean(await verifyLog());

    // A restart carries on the same tree (the witness is told the service's new address).
    await personnel.crash();
    await personnel.restart();
    await witness.restart({ personnel: personnel.baseUrl });
    members.push(await activeVolunteer(personnel, centreId, 'Yusuf-Darwish', identityOf('Yusuf', 'Darwish')));
    checkpoints = await settled();
    expectClean(await verifyLog());

    // The copy outside the database: the log topic, dumped as kcat does, verifies too.
    const topicDump = join(work, 'topic.jsonl');
    writeFileSync(topicDump, await logTopicDump());
    expectClean(await verifyLog(topicDump));

    expect((await witness.audit()).findings.filter((finding) => finding.log === personnel.logName)).toEqual([]);
    expect((await witness.alerts()).filter((alert) => alert.log === personnel.logName)).toEqual([]);
  }, 240_000);

  it('catches a whole stream deleted', async () => {
    await settled();
    const streamId = `member-${members[1]}`;
    await tampered(
      async (client) => {
        await client.query(`DELETE FROM events WHERE stream_id = $1`, [streamId]);
        await client.query(`DELETE FROM streams WHERE stream_id = $1`, [streamId]);
      },
      () => caught(/\[log-shorter\] .*size \d+/, /\[root-mismatch\] .*between log positions \d+ and \d+/),
    );
  }, 120_000);

  it('catches a stream rewritten with its hash chain recomputed, which the per-stream check cannot', async () => {
    await settled();
    const streamId = `member-${members[2]}`;
    await tampered(
      async (client) => {
        const events = await eventsOf(client, streamId);
        const [applied] = events;
        if (!applied) throw new Error('no events');
        const forged = rechain([
          { ...applied, data: { ...applied.data, callSign: 'Someone-Else' } },
          ...events.slice(1),
        ]);
        for (const event of forged) {
          await client.query(`UPDATE events SET data = $2, hash = $3, previous_hash = $4 WHERE id = $1`, [
            event.id,
            event.data,
            event.hash,
            event.previous_hash,
          ]);
        }
        await client.query(`UPDATE streams SET last_hash = $2 WHERE stream_id = $1`, [streamId, forged.at(-1)?.hash]);
      },
      async () => {
        // Inside the database the forgery holds together…
        const verdict = await personnel.ok<{ ok: boolean }>('GET', `/audit/streams/${streamId}/verify`, auditor);
        expect(verdict.ok).toBe(true);
        // …against the signed checkpoints it does not.
        await caught(/\[root-mismatch\] .*between log positions \d+ and \d+/);
      },
    );
  }, 120_000);

  it('catches two events swapped', async () => {
    await settled();
    const streamId = `member-${members[3]}`;
    await tampered(
      async (client) => {
        await client.query(`UPDATE events SET stream_version = 1000 WHERE stream_id = $1 AND stream_version = 2`, [
          streamId,
        ]);
        await client.query(`UPDATE events SET stream_version = 2 WHERE stream_id = $1 AND stream_version = 3`, [
          streamId,
        ]);
        await client.query(`UPDATE events SET stream_version = 3 WHERE stream_id = $1 AND stream_version = 1000`, [
          streamId,
        ]);
      },
      () =>
        caught(new RegExp(`\\[version-order\\] stream ${streamId}: version \\d+ at log position \\d+ comes before`)),
    );
  }, 120_000);

  it('catches an event slipped in with a back-dated position, chained perfectly onto its stream', async () => {
    await settled();
    const streamId = `member-${members[3]}`;
    await tampered(
      async (client) => {
        const events = await eventsOf(client, streamId);
        const [first] = events;
        const head = events.at(-1);
        if (!first || !head) throw new Error('no events');
        const fake = chained(
          {
            ...head,
            id: '00000000-0000-4000-8000-000000000001',
            stream_version: head.stream_version + 1,
            type: 'MemberSuspended',
            data: { memberId: members[3], reason: { sealed: 'forged' } },
            occurred_at: new Date('2025-03-01T08:00:00.000Z'),
          },
          head.hash,
        );
        // Written as if by the transaction of the stream's first event: it sorts back there in commit order.
        await client.query(
          `INSERT INTO events (transaction_id, id, stream_id, stream_type, stream_version, type, schema_version, data,
                               metadata, occurred_at, recorded_at, hash, previous_hash)
           VALUES ($1::xid8, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12)`,
          [
            first.transaction_id,
            fake.id,
            streamId,
            fake.stream_type,
            fake.stream_version,
            fake.type,
            fake.schema_version,
            fake.data,
            fake.metadata,
            fake.occurred_at,
            fake.hash,
            fake.previous_hash,
          ],
        );
        await client.query(`UPDATE streams SET version = $2, last_hash = $3 WHERE stream_id = $1`, [
          streamId,
          fake.stream_version,
          fake.hash,
        ]);
      },
      async () => {
        const verdict = await personnel.ok<{ ok: boolean }>('GET', `/audit/streams/${streamId}/verify`, auditor);
        expect(verdict.ok).toBe(true);
        await caught(
          new RegExp(`\\[version-order\\] stream ${streamId}: version \\d+ at log position \\d+ comes before`),
          /\[root-mismatch\] /,
        );
      },
    );
  }, 120_000);

  it('catches a checkpoint forged with another key', async () => {
    const checkpoints = await settled();
    const latest = checkpoints.at(-1) as SignedCheckpoint;
    const intruder = generateKeyPairSync('ed25519').privateKey;
    const forged = signCheckpoint(
      { log: personnel.logName, size: latest.size + 100, root: 'ab'.repeat(32), time: new Date().toISOString() },
      intruder,
    );
    await personnel.asDatabaseOwner((client) =>
      client.query(
        `INSERT INTO log_checkpoints (size, root, time, key_id, signature, consistency) VALUES ($1, $2, $3, $4, $5, $6)`,
        [forged.size, forged.root, forged.time, forged.keyId, forged.signature, latest.consistency],
      ),
    );
    // The service itself sends it on (it reads its checkpoints from the database): the witness refuses it…
    await waitFor(
      async () =>
        (await witness.alerts()).some(
          (alert) =>
            alert.log === personnel.logName &&
            alert.kind === 'forged-checkpoint' &&
            alert.message.includes(forged.keyId),
        ),
      60_000,
      'the witness to refuse the forged checkpoint',
    );
    const cosigned = await witness.cosignatures(personnel.logName);
    expect(cosigned.some((c) => c.size === forged.size)).toBe(false);
    // …and so does the offline verifier, naming the key.
    const offline = await verifyLog();
    expect(offline.code).toBe(1);
    expect(offline.output).toContain(forged.keyId);
    expect(offline.output).toMatch(/unknown-key/);
  }, 120_000);
});
