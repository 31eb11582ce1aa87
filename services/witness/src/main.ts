import { configFrom } from './config';
import { createLogger } from './logger';
import { startWitness } from './witness-app';

// Bootstrap only: configuration from the environment, the witness started, stopped on SIGTERM or SIGINT.
const logger = createLogger();

async function main(): Promise<void> {
  const witness = await startWitness(configFrom(process.env), logger);
  const stop = (): void => {
    witness.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ error: error instanceof Error ? error.message : String(error) }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  logger.fatal({ error: error instanceof Error ? error.message : String(error) }, 'the witness did not start');
  process.exit(1);
});
