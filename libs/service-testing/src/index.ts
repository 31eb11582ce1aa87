export { startTestService, TEST_JWT_SECRET } from './service-app';
export type { TestService } from './service-app';
export { describeServiceBasics } from './service-basics';
