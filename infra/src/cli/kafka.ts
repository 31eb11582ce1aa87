import { developmentSecrets } from '../dev-secrets';
import { provisionLocalKafka, startDevelopmentKafka } from '../infrastructure';

// npm run kafka: only the local broker on 127.0.0.1:9092 (data kept in .muster/kafka), its topics and ACLs made,
// until Ctrl-C.
async function main(): Promise<void> {
  const say = (line: string): void => void process.stdout.write(`${line}\n`);
  const kafka = await startDevelopmentKafka(say);
  await provisionLocalKafka(kafka.brokers, developmentSecrets().KAFKA_PASSWORDS).catch(async (error: unknown) => {
    await kafka.stop();
    throw error;
  });
  say('Ctrl-C stops it.');
  const stop = (): void => void kafka.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
