export {
  createServiceTestDatabase,
  createTestDatabase,
  testServiceRoles,
  uniqueName,
  kafkaBrokers,
} from './test-database';
export type { ServiceTestDatabase, TestDatabase } from './test-database';
export { startDedicatedKafka } from './dedicated-kafka';
export type { RestartableKafka } from './dedicated-kafka';
export { openMigratedDatabase } from './migrated-database';
export type { MigratedDatabase } from './migrated-database';
export { sleep, waitFor } from './waiting';
