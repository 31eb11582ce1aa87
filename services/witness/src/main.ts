import { configFrom, databaseFrom } from './config';
import { createLogger, errorMessage } from './logger';
import { startWitness } from './witness-app';
import { migrateWitnessDatabase } from './witness-store';

// Bootstrap only: `main.ts migrate` migrates its database and exits; otherwise the witness starts, configured from
// the environment, and stops on SIGTERM or SIGINT.
const logger = createLogger();

async function main(): Promise<void> {
  if (process.argv[2] === 'migrate') {
    await migrateWitnessDatabase(databaseFrom(process.env));
    logger.info('the witness database is migrated');
    return;
  }
  const witness = await startWitness(configFrom(process.env), logger);
  const stop = (): void => {
    witness.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ error: errorMessage(error) }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  logger.fatal({ error: errorMessage(error) }, 'the witness did not start');
  process.exit(1);
});
