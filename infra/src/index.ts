export { provideInfrastructure, REPO_ROOT } from './infrastructure';
export type { Infrastructure } from './infrastructure';
export { startLocalKafka, freePort } from './kafka/local-kafka';
export type { LocalKafka } from './kafka/local-kafka';
