export { provideInfrastructure, provisionLocalKafka, REPO_ROOT } from './infrastructure';
export type { Infrastructure } from './infrastructure';
export { startLocalKafka, freePort } from './kafka/local-kafka';
export type { LocalKafka } from './kafka/local-kafka';
export { ensureTopics } from './kafka/provision';
export {
  KAFKA_ADMIN,
  KAFKA_WITNESS,
  KAFKA_PASSWORDS_VARIABLE,
  kafkaPasswordsFromEnvironment,
  kafkaUserEnvironment,
  newKafkaPasswords,
  saslOf,
} from './kafka/users';
export type { KafkaPasswords, KafkaUser } from './kafka/users';
export { ensureConsoleBuilt, startConsoleGateway } from './console';
export type { RunningConsole } from './console';
export { CHROMIUM, ensureChromium, launchChromium } from './chromium';
