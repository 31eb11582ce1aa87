export { createTestDatabase, uniqueName, kafkaBrokers } from './test-database';
export type { TestDatabase } from './test-database';
export { startDedicatedKafka } from './dedicated-kafka';
export type { RestartableKafka } from './dedicated-kafka';
export { startTestService, TEST_JWT_SECRET } from './service-app';
export type { TestService } from './service-app';
export { describeServiceBasics } from './service-basics';
