import { COSIGNATURE_TOPIC, checkpointTopicOf, logNameOf } from '@muster/contracts';
import { Cosignature, SignedCheckpoint, verifyCosignature } from '@muster/log-proofs';
import { TestLog, kafkaBrokers, kafkaSasl, testKafka, uniqueName, waitFor } from '@muster/testing';
import { Kafka, Producer, logLevel } from 'kafkajs';
import { bearer } from './muster';
import { RunningWitness, WitnessAlert } from './witness';

// The witness as its own process on the real broker: it reads personnel's checkpoint topic (published here as
// personnel's Kafka user), countersigns on the cosignature topic, remembers across a crash, guards its API.
// The checkpoint topics are shared with every other spec of the run: its assertions look only at this spec's keys.
describe('the witness (own process, real Kafka and PostgreSQL)', () => {
  const log = new TestLog(logNameOf('personnel'));
  let witness: RunningWitness;
  let producer: Producer;
  const cosignatures: Cosignature[] = [];
  const reader = testKafka(uniqueName('witness-spec')).consumer({ groupId: uniqueName('muster-witness-spec') });

  const publish = async (checkpoint: SignedCheckpoint): Promise<void> => {
    await producer.send({
      topic: checkpointTopicOf('personnel'),
      acks: -1,
      messages: [{ key: 'personnel', value: JSON.stringify(checkpoint) }],
    });
  };
  const mine = (): Cosignature[] => cosignatures.filter((c) => c.keyId === witness.publicKey.keyId);
  const alertsAbout = async (checkpoint: SignedCheckpoint): Promise<WitnessAlert[]> =>
    (await witness.alerts()).filter(
      (a) => JSON.stringify(a.evidence).includes(checkpoint.signature) || a.message.includes(checkpoint.root),
    );

  beforeAll(async () => {
    const personnel = new Kafka({
      clientId: 'witness-spec-personnel',
      brokers: kafkaBrokers(),
      sasl: kafkaSasl('personnel'),
      logLevel: logLevel.NOTHING,
    });
    producer = personnel.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    await reader.connect();
    await reader.subscribe({ topics: [COSIGNATURE_TOPIC], fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        cosignatures.push(JSON.parse(String(message.value)) as Cosignature);
      },
    });
    witness = await RunningWitness.start({ trustedKeys: [log.publicKey] });
  }, 120_000);

  afterAll(async () => {
    await witness?.stop();
    await reader.disconnect();
    await producer?.disconnect();
  });

  const sequence: SignedCheckpoint[] = [];

  it('countersigns a consistent sequence, each cosignature on the topic and valid under its key', async () => {
    sequence.push(log.append(3).checkpoint(), log.append(5).checkpoint(), log.append(9).checkpoint());
    for (const checkpoint of sequence) await publish(checkpoint);
    await waitFor(() => mine().length === 3, 60_000, 'three countersignatures on the topic');
    expect(mine().map((c) => c.size)).toEqual([3, 8, 17]);
    mine().forEach((c, i) => expect(verifyCosignature(c, [witness.publicKey], sequence[i])).toEqual({ ok: true }));
    expect(await witness.cosignatures(log.log)).toEqual(mine());
  }, 90_000);

  it('raises forged-checkpoint for a checkpoint signed with another key, and does not countersign it', async () => {
    const forged = new TestLog(log.log).append(20).checkpoint();
    await publish(forged);
    await waitFor(async () => (await alertsAbout(forged)).length > 0, 60_000, 'the forged-checkpoint alert');
    const [alert] = await alertsAbout(forged);
    expect(alert).toMatchObject({ kind: 'forged-checkpoint', log: log.log });
    expect(alert?.message).toContain(forged.keyId);
    expect(alert?.message).toContain(String(forged.size));
    expect(mine().some((c) => c.root === forged.root)).toBe(false);
  }, 90_000);

  it('records a fork, with both heads, for a checkpoint whose history differs', async () => {
    const head = sequence[2] as SignedCheckpoint;
    const other = log.fork(8).append(9);
    other.checkpoint();
    const forked = other.append(4).checkpoint();
    await publish(forked);
    await waitFor(async () => (await alertsAbout(forked)).length > 0, 60_000, 'the fork alert');
    const [alert] = await alertsAbout(forked);
    expect(alert).toMatchObject({ kind: 'fork', evidence: { accepted: head, presented: forked } });
    expect(mine().some((c) => c.root === forked.root)).toBe(false);
  }, 90_000);

  it('after a crash, countersigns nothing twice and extends the head it had', async () => {
    await witness.crash();
    await witness.restart();
    const next = log.append(2).checkpoint();
    await publish(next);
    await expect(witness.cosigned(log.log, next.size)).resolves.toMatchObject({ size: next.size, root: next.root });
    await waitFor(() => mine().some((c) => c.size === next.size), 60_000, 'the countersignature on the topic');
    expect(mine().map((c) => c.size)).toEqual([3, 8, 17, 19]);
    expect((await witness.cosignatures(log.log)).map((c) => c.size)).toEqual([3, 8, 17, 19]);
  }, 120_000);

  it('answers 401 without a valid token and 403 to a role other than auditor or admin', async () => {
    await expect(witness.call('GET', '/alerts', '')).resolves.toMatchObject({ status: 401 });
    await expect(witness.call('GET', '/alerts', 'Bearer not-a-token')).resolves.toMatchObject({ status: 401 });
    await expect(witness.call('GET', '/alerts', await bearer(['hr']))).resolves.toMatchObject({
      status: 403,
      body: { code: 'AUTH_FORBIDDEN_ROLE' },
    });
    await expect(witness.call('POST', '/audits', await bearer(['admin']))).resolves.toMatchObject({ status: 200 });
    const health = await fetch(`${witness.baseUrl}/health`);
    expect(health.status).toBe(200);
  });
});
