import { TokenVerifier } from '@muster/auth';
import { WITNESS_NAME } from '@muster/contracts';
import { createKafka } from '@muster/messaging';
import { Auditor } from './audit';
import { CheckpointFollower } from './checkpoint-follower';
import { WitnessConfig } from './config';
import { listen, witnessHttp } from './http';
import { Logger, messagingLogger } from './logger';
import { Witness } from './witness';
import { WitnessStore, migrateWitnessDatabase } from './witness-store';

export interface RunningWitnessApp {
  stop(): Promise<void>;
}

/**
 * The witness put together: its tables, the follower of the checkpoint topics, the audits every interval and its API.
 * The API listens last, so that a witness answering /health is following.
 */
export async function startWitness(config: WitnessConfig, logger: Logger): Promise<RunningWitnessApp> {
  // Given its database's owner (development, tests), it migrates itself; a deployment runs `migrate` before.
  if (config.database.migrationUrl) await migrateWitnessDatabase(config.database);
  const store = new WitnessStore(config.database.url);
  const kafka = createKafka(config.kafkaBrokers, WITNESS_NAME, messagingLogger(logger), config.kafkaSasl);
  const follower = new CheckpointFollower(
    kafka,
    config.consumerGroup,
    new Witness(store, config.trustedKeys, config.signingKey),
    store,
    logger,
  );
  await follower.start();
  const auditor = new Auditor(config.services, config.auditToken, config.trustedKeys, store, logger);
  const audits = setInterval(() => void auditor.auditAll(), config.auditIntervalMs);
  const server = witnessHttp({ store, auditor, follower, verifier: new TokenVerifier(config.auth), logger });
  const port = await listen(server, config.port, config.host);
  logger.info(
    { port, services: Object.keys(config.services) },
    `muster-witness listening on http://${config.host}:${port}`,
  );
  return {
    stop: async () => {
      clearInterval(audits);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await follower.stop();
      await store.close();
    },
  };
}
