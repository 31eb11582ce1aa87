import { adminClient, provisionKafka, replicationFactorFromEnvironment } from '../kafka/provision';
import { SCRAM_MECHANISM } from '../kafka/users';

// npm run kafka:provision: Muster's topics and ACLs on a cluster (KAFKA_BROKERS), as its admin (KAFKA_USERNAME,
// KAFKA_PASSWORD, KAFKA_SASL_MECHANISM: scram-sha-512 by default, or plain), with KAFKA_REPLICATION_FACTOR replicas.
// The services' SCRAM users are the cluster operator's.
// `npm start` and the tests do this themselves on the local broker.
async function main(): Promise<void> {
  const brokers = process.env['KAFKA_BROKERS'];
  const username = process.env['KAFKA_USERNAME'];
  const password = process.env['KAFKA_PASSWORD'];
  if (!brokers || !username || !password) {
    throw new Error('Set KAFKA_BROKERS, and KAFKA_USERNAME and KAFKA_PASSWORD of the cluster admin');
  }
  const mechanism = process.env['KAFKA_SASL_MECHANISM'] ?? SCRAM_MECHANISM;
  if (mechanism !== SCRAM_MECHANISM && mechanism !== 'plain') {
    throw new Error(`KAFKA_SASL_MECHANISM must be ${SCRAM_MECHANISM} or plain`);
  }
  const admin = adminClient(brokers, { mechanism, username, password });
  await provisionKafka(admin, replicationFactorFromEnvironment());
  process.stdout.write(`Muster's topics and ACLs are in place on ${brokers}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`Kafka provisioning failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
