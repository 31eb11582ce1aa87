import { createHmac } from 'node:crypto';
import { SERVICES, ServiceName } from '@muster/contracts';
import { provisionServiceDatabase, roleUrl, ServiceRoles, serviceRoles } from '@muster/postgres';
import { developmentSecrets } from './dev-secrets';

/** Who has a database of their own: each service, and the witness (its accepted checkpoints and alerts). */
export type DatabaseOwner = ServiceName | 'witness';

/** `muster_<owner>_migrator` and `muster_<owner>_runtime`, with passwords derived from the development secret. */
function developmentRoles(name: DatabaseOwner): ServiceRoles {
  const secret = developmentSecrets().DATABASE_ROLE_SECRET;
  return serviceRoles(`muster_${name}`, (role) => createHmac('sha256', secret).update(role).digest('base64url'));
}

/** DATABASE_URL (the runtime role) and DATABASE_MIGRATION_URL (the migrator) of a service's database on this server. */
export function developmentDatabaseEnvironment(
  name: DatabaseOwner,
  postgresServerUrl: string,
): { DATABASE_URL: string; DATABASE_MIGRATION_URL: string } {
  const roles = developmentRoles(name);
  return {
    DATABASE_URL: roleUrl(postgresServerUrl, `muster_${name}`, roles.runtime),
    DATABASE_MIGRATION_URL: roleUrl(postgresServerUrl, `muster_${name}`, roles.migrator),
  };
}

/**
 * Each service's (and the witness's) roles and database, idempotently, as the server's administrator: before migrations run or services
 * start (`npm start`, `npm run migrate`). The table grants follow each migration run.
 */
export async function provisionDevelopmentDatabases(postgresServerUrl: string): Promise<void> {
  for (const name of [...SERVICES, 'witness'] as const)
    await provisionServiceDatabase(postgresServerUrl, `muster_${name}`, developmentRoles(name));
}
