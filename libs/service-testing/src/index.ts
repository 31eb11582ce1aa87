export { startTestService } from './service-app';
export type { TestService } from './service-app';
export { describeServiceBasics } from './service-basics';
