export {
  createServiceTestDatabase,
  createTestDatabase,
  testServiceRoles,
  uniqueName,
  kafkaBrokers,
  kafkaPasswords,
  kafkaSasl,
  serviceKafkaEnvironment,
  witnessKafkaEnvironment,
  testKafka,
} from './test-database';
export type { ServiceTestDatabase, TestDatabase } from './test-database';
export { startDedicatedKafka } from './dedicated-kafka';
// Topics are the admin's to make; a test making its own does it the same way.
export { ensureTopics } from '@muster/infra';
export type { RestartableKafka } from './dedicated-kafka';
export { openMigratedDatabase } from './migrated-database';
export type { MigratedDatabase } from './migrated-database';
export { sleep, waitFor } from './waiting';
export { TestLog } from './test-log';
