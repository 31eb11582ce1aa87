import { eventStoreMigrations } from '@muster/event-store';
import { messagingMigrations } from '@muster/messaging';
import { DataSourceOptions } from 'typeorm';
import { ServiceEnvironment } from '../config/environment';
import { KnownCentres1767225600300 } from '../centres/known-centres.migration';
import { ReactionRefusals1767225600200 } from '../reactions/reaction-refusals.migration';
import { ServiceDefinition } from '../service-definition';
import { verifiableLogMigrations } from '../verifiable-log/verifiable-log.migration';

/** One definition of a service's database, for the running service and for its migrations (see migrateDatabase). */
export function dataSourceOptions(
  definition: ServiceDefinition,
  env: ServiceEnvironment,
  url = env.DATABASE_URL,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: [
      ...eventStoreMigrations,
      ...messagingMigrations,
      ReactionRefusals1767225600200,
      ...verifiableLogMigrations,
      ...(definition.knowsCentres ? [KnownCentres1767225600300] : []),
      ...definition.migrations,
    ],
    migrationsRun: false,
    synchronize: false,
    logging: false,
    applicationName: `muster-${definition.name}`,
    // The session setting is passed by pg at connect, to every pooled connection; `min` is the pool's own.
    extra: { idle_in_transaction_session_timeout: env.IDLE_IN_TRANSACTION_TIMEOUT_MS, min: env.DATABASE_POOL_MIN },
  };
}
