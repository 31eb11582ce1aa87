import { credentialsOf, ensureDatabase, provisionServiceDatabase } from '@muster/postgres';
import { DataSource } from 'typeorm';
import { ServiceEnvironment } from '../config/environment';
import { ServiceDefinition } from '../service-definition';
import { dataSourceOptions } from './data-source-options';
import { grantRuntimeAccess } from './runtime-grants';

/**
 * Runs the service's pending migrations as the migrator (DATABASE_MIGRATION_URL; without it, as DATABASE_URL's role),
 * then grants the runtime role what it may do; with DATABASE_ADMIN_URL, first creates both roles and the database.
 * Returns how many migrations were applied. Run by the `migrate` command and at start-up: a runtime role alone finds
 * nothing pending, or fails, having no right to change the schema.
 */
export async function migrateDatabase(definition: ServiceDefinition, env: ServiceEnvironment): Promise<number> {
  const url = env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL;
  if (env.DATABASE_ADMIN_URL && env.DATABASE_MIGRATION_URL) {
    const database = decodeURIComponent(new URL(url).pathname.slice(1));
    const roles = { migrator: credentialsOf(env.DATABASE_MIGRATION_URL), runtime: credentialsOf(env.DATABASE_URL) };
    await provisionServiceDatabase(env.DATABASE_ADMIN_URL, database, roles);
  }
  await ensureDatabase(url);
  const dataSource = await new DataSource(dataSourceOptions(definition, env, url)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (env.DATABASE_MIGRATION_URL) await grantRuntimeAccess(dataSource, credentialsOf(env.DATABASE_URL).name);
    return applied.length;
  } finally {
    await dataSource.destroy();
  }
}
