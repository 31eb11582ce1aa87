export { messagingMigrations } from './migrations';
export { Wakeup, backoffMs } from './wakeup';
export { OutboxRelay } from './outbox-relay';
export { envelopeSql, isoTimestampSql } from './envelope-sql';
export type { OutboxRelayOptions, OutboxLag, RelayObserver } from './outbox-relay';
export { EventConsumer, DEAD_LETTER_HEADERS } from './event-consumer';
export type {
  EventConsumerOptions,
  EventHandler,
  ConsumerHealth,
  ConsumerState,
  ConsumerObserver,
  HandleOutcome,
} from './event-consumer';
export { registerMessagingMetrics } from './metrics';
export type { MessagingMetrics } from './metrics';
export { createKafka, kafkaReady } from './kafka';
export type { KafkaReadiness } from './kafka';
export { connectProducer } from './topics';
export type { MessagingLogger } from './logger';
