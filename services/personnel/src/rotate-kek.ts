import { parseArgs } from 'node:util';
import { environmentOf } from '@muster/platform';
import { DataSource } from 'typeorm';
import { personnelService } from './app.module';
import { rotateKeyEncryptionKey } from './vault/kek-rotation';
import { keyringOf } from './vault/keyring';

// npm run rotate-kek [-- --batch-size 500]: rewraps every stored key under IDENTITY_KEK, while the service serves
// (started with the new KEK as IDENTITY_KEK and the old one as IDENTITY_KEK_PREVIOUS). See docs/security.md.
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'batch-size': { type: 'string', default: '500' } } });
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    process.stderr.write('--batch-size must be a whole number from 1 to 10000\n');
    process.exit(2);
  }
  const env = environmentOf(personnelService);
  const keyring = keyringOf(env);
  const dataSource = await new DataSource({
    type: 'postgres',
    url: env.DATABASE_URL,
    applicationName: 'muster-personnel-rotate-kek',
  }).initialize();
  try {
    process.stdout.write(`rotate-kek: rewrapping every key under KEK ${keyring.current.id}\n`);
    const result = await rotateKeyEncryptionKey(dataSource, keyring, {
      batchSize,
      onBatch: ({ rewrapped, remaining }) =>
        process.stdout.write(`rotate-kek: ${rewrapped} rewrapped, ${remaining} left\n`),
    });
    if (result.remaining > 0) {
      process.stderr.write(
        `rotate-kek: ${result.remaining} key(s) stayed locked by other transactions; run it again\n`,
      );
      process.exitCode = 1;
      return;
    }
    process.stdout.write(
      `rotate-kek: done, ${result.rewrapped} key(s) rewrapped; every key is wrapped by KEK ${keyring.current.id}. ` +
        'Restart the service without IDENTITY_KEK_PREVIOUS, then retire the old KEK.\n',
    );
  } finally {
    await dataSource.destroy();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`rotate-kek failed. ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
