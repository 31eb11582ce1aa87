export { createTestDatabase, uniqueName, kafkaBrokers } from './test-database';
export type { TestDatabase } from './test-database';
export { startDedicatedKafka } from './dedicated-kafka';
