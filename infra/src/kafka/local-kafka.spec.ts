import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { KAFKA_ADMIN, kafkaPasswordsFromEnvironment, saslOf } from './users';

// Talks to the broker that Jest's global setup provided (KAFKA_BROKERS): the real Apache Kafka, whichever way it came.
describe('the Kafka broker tests run against', () => {
  const brokers = (process.env['KAFKA_BROKERS'] ?? '').split(',');
  const passwords = kafkaPasswordsFromEnvironment();
  const kafka = new Kafka({
    clientId: 'muster-infra-test',
    brokers,
    ...(passwords ? { sasl: saslOf(passwords, KAFKA_ADMIN) } : {}),
    logLevel: logLevel.NOTHING,
  });

  it('creates a topic, and a produced message is consumed back', async () => {
    const topic = `muster.infra-check.${randomBytes(4).toString('hex')}`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    expect(await admin.listTopics()).toContain(topic);
    await admin.disconnect();

    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: [{ key: 'centre-1', value: 'مرحبا hello' }] });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: `${topic}.group` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const received = await new Promise<{ key: string; value: string }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('nothing consumed within 30 s')), 30_000);
      void consumer.run({
        eachMessage: async ({ message }) => {
          clearTimeout(timer);
          resolve({ key: String(message.key), value: String(message.value) });
        },
      });
    });
    await consumer.disconnect();
    expect(received).toEqual({ key: 'centre-1', value: 'مرحبا hello' });
  });
});
