import { Kafka, Partitioners, Producer } from 'kafkajs';

/**
 * The one way Muster produces: idempotent, one request in flight (per-partition order survives retries), no topic
 * created by accident, the default partitioner (key = stream id → partition).
 */
export async function connectProducer(kafka: Kafka): Promise<Producer> {
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  return producer;
}
