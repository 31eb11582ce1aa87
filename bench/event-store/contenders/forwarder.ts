import { randomUUID } from 'node:crypto';
import { ensureTopics } from '@muster/infra';
import { connectProducer, createKafka, Wakeup } from '@muster/messaging';
import { kafkaSasl } from '@muster/testing';
import { Client } from 'pg';
import { quietRelayLogger } from '../quiet-logger';

export interface Forwarded<Cursor> {
  readonly messages: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  /** Where the next read starts: unchanged when nothing was read. */
  readonly next: Cursor;
}

export interface Forwarder {
  /** Called after each append, as Muster's store wakes its relay. */
  wake(): void;
  stop(): Promise<void>;
}

const BATCH = 500;
const IDLE_POLL_MS = 20;

/**
 * What any publisher of a PostgreSQL event log to Kafka does, at its simplest: read the next batch after its cursor,
 * send it (the relay's producer settings: idempotent, acks from all in-sync replicas, key = stream id), then save the
 * cursor — on a session of its own that commits without waiting for the disk, as Muster's relay does (a cursor lost
 * in a crash only resends). No read-ahead, no coalescing: the baseline a publisher is measured against.
 */
export async function startForwarder<Cursor>(options: {
  readonly databaseUrl: string;
  readonly kafkaBrokers: string;
  readonly start: Cursor;
  readonly read: (after: Cursor, limit: number) => Promise<Forwarded<Cursor>>;
}): Promise<Forwarder> {
  const kafka = createKafka(options.kafkaBrokers.split(','), 'muster-bench-forwarder', quietRelayLogger, kafkaSasl());
  const topic = `muster.bench.forwarded.${randomUUID().slice(0, 8)}`;
  await ensureTopics(kafka, [topic]);
  const producer = await connectProducer(kafka);
  const checkpoint = new Client({ connectionString: options.databaseUrl, application_name: 'muster-bench-forwarder' });
  await checkpoint.connect();
  await checkpoint.query(`SET synchronous_commit = off`);
  await checkpoint.query(`CREATE TABLE bench_forwarder_cursor (cursor text NOT NULL)`);
  await checkpoint.query(`INSERT INTO bench_forwarder_cursor VALUES ($1)`, [JSON.stringify(options.start)]);

  const wakeup = new Wakeup();
  let running = true;
  const loop = (async () => {
    let cursor = options.start;
    while (running) {
      const { messages, next } = await options.read(cursor, BATCH);
      if (messages.length === 0) {
        await wakeup.wait(IDLE_POLL_MS);
        continue;
      }
      await producer.send({ topic, acks: -1, messages: [...messages] });
      await checkpoint.query(`UPDATE bench_forwarder_cursor SET cursor = $1`, [JSON.stringify(next)]);
      cursor = next;
    }
  })();

  return {
    wake: () => wakeup.wake(),
    async stop() {
      running = false;
      wakeup.wake();
      await loop;
      await producer.disconnect();
      await checkpoint.end();
    },
  };
}
