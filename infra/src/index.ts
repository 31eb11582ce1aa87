export { provideInfrastructure, REPO_ROOT } from './infrastructure';
export type { Infrastructure, Purpose } from './infrastructure';
export { startLocalKafka, ensureKafkaJars, freePort, newClusterId } from './kafka/local-kafka';
export type { LocalKafka, LocalKafkaOptions } from './kafka/local-kafka';
