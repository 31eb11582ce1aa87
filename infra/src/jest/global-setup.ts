import { provideInfrastructure } from '../infrastructure';
import { KAFKA_PASSWORDS_VARIABLE } from '../kafka/users';

type Stop = () => Promise<void>;
const registry = globalThis as { __musterInfraStop?: Stop };

/**
 * Once per Jest run: real PostgreSQL and Kafka for every test. Every project's config names this file, so it is
 * idempotent: the first call provides the infrastructure and exports it through the environment the workers inherit.
 */
export default async function globalSetup(): Promise<void> {
  if (registry.__musterInfraStop || process.env['MUSTER_TEST_INFRA'] === 'ready') return;
  const infra = await provideInfrastructure('test', (line) => process.stderr.write(`[muster-test] ${line}\n`));
  process.env['DATABASE_URL'] = infra.databaseUrl;
  process.env['KAFKA_BROKERS'] = infra.kafkaBrokers;
  process.env[KAFKA_PASSWORDS_VARIABLE] = JSON.stringify(infra.kafkaPasswords);
  process.env['MUSTER_TEST_INFRA'] = 'ready';
  registry.__musterInfraStop = infra.stop;
  process.stderr.write(`[muster-test] ${infra.description.join('; ')}\n`);
}
