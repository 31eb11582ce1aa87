import { MessagingLogger } from '@muster/messaging';

// kafkajs warns on every idempotent producer that createKafka's bounded retries could break exactly-once; Muster
// relies on consumer deduplication instead, and the same client settings serve relay and raw produce alike.
const expected = /Limiting retries for the idempotent producer/;

/** For the bench's Kafka clients and relays: only what is unexpected reaches stderr. */
export const quietRelayLogger: MessagingLogger = {
  log: () => undefined,
  warn: (message) => void (expected.test(message) || process.stderr.write(`[bench relay] ${message}\n`)),
  error: (message) => void process.stderr.write(`[bench relay] ${message}\n`),
};
