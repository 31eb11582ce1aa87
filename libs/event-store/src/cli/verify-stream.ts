import { parseArgs } from 'node:util';
import { SERVICES, ServiceName } from '@muster/contracts';
import { databaseUrl, postgresServerUrl } from '@muster/postgres';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '../postgres-event-store';

// npm run verify-stream -- --service personnel --stream member-<uuid>: recomputes the stream's hash chain and
// reports any edited, deleted, inserted or reordered event. Exit code 0 only when the stream is intact.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { service: { type: 'string' }, stream: { type: 'string' }, database: { type: 'string' } },
  });
  const service = values.service as ServiceName | undefined;
  if (!values.stream || (!values.database && (!service || !SERVICES.includes(service)))) {
    process.stderr.write(
      `Usage: npm run verify-stream -- --service <${SERVICES.join('|')}> --stream <stream-id> [--database <url>]\n`,
    );
    process.exit(2);
  }
  const url = values.database ?? databaseUrl(postgresServerUrl(), `muster_${service}`);
  const dataSource = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    const report = await new PostgresEventStore(dataSource).verifyStream(values.stream);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    process.exitCode = report.ok ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
