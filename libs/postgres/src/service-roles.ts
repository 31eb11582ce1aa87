import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrl, ensureDatabase, onMaintenanceDatabase } from './ensure-database';

/** A login role and its password. */
export interface DatabaseRole {
  readonly name: string;
  readonly password: string;
}

/**
 * A service's two roles: the migrator owns its database and every object in it (DDL, run by the migrate step); the
 * runtime role is what the service connects with, granted table access by the migrator after each migration run.
 */
export interface ServiceRoles {
  readonly migrator: DatabaseRole;
  readonly runtime: DatabaseRole;
}

/** The two URLs a service is given: DATABASE_URL (runtime role) and DATABASE_MIGRATION_URL (migrator). */
export interface ServiceDatabaseUrls {
  readonly runtimeUrl: string;
  readonly migrationUrl: string;
}

/** `<prefix>_migrator` and `<prefix>_runtime`, with the passwords `passwordOf` gives each name. */
export function serviceRoles(prefix: string, passwordOf: (role: string) => string): ServiceRoles {
  const role = (name: string): DatabaseRole => ({ name, password: passwordOf(name) });
  return { migrator: role(`${prefix}_migrator`), runtime: role(`${prefix}_runtime`) };
}

/** The server URL with this role's credentials and this database. */
export function roleUrl(serverUrl: string, database: string, role: DatabaseRole): string {
  const url = new URL(databaseUrl(serverUrl, database));
  url.username = encodeURIComponent(role.name);
  url.password = encodeURIComponent(role.password);
  return url.toString();
}

/** The role and password a postgres:// URL logs in with (the inverse of roleUrl). */
export function credentialsOf(url: string): DatabaseRole {
  const parsed = new URL(url);
  return { name: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
}

// Roles are cluster-wide and ALTER ROLE or GRANT on one row from two sessions at once fails ("tuple concurrently
// updated"): every provisioning on the server takes this lock first (parallel test workers, services starting).
const PROVISIONING_LOCK = 0x6d757374; // 'must'

async function locked(client: Client, work: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [PROVISIONING_LOCK]);
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802, 7677). Sent instead of the password, so a
 * server that logs DDL (log_statement) never writes the password itself.
 */
function scramVerifier(password: string): string {
  const salt = randomBytes(16);
  const iterations = 4096;
  const salted = pbkdf2Sync(password.normalize('NFKC'), salt, iterations, 32, 'sha256');
  const storedKey = createHash('sha256').update(createHmac('sha256', salted).update('Client Key').digest()).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  const base64 = (bytes: Buffer): string => bytes.toString('base64');
  return `SCRAM-SHA-256$${iterations}:${base64(salt)}$${base64(storedKey)}:${base64(serverKey)}`;
}

async function ensureRole(client: Client, role: DatabaseRole): Promise<void> {
  const found = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.name]);
  // The password is set each time so a role left from an older secrets file matches the current one.
  await client.query(
    `${found.rowCount === 0 ? 'CREATE' : 'ALTER'} ROLE "${role.name}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE ` +
      `NOINHERIT PASSWORD '${scramVerifier(role.password)}'`,
  );
}

/**
 * As an administrator (`adminUrl`: a superuser on the server), idempotently: the service's two roles; its database,
 * owned by the migrator, which only the runtime role (besides the owner) may connect to; the public schema owned by
 * the migrator, usable by the runtime role; and objects an earlier set-up made as another owner handed to the migrator
 * (so later migrations can alter them). Table grants are the migrator's, made after each migration run.
 */
export async function provisionServiceDatabase(
  adminUrl: string,
  database: string,
  roles: ServiceRoles,
): Promise<ServiceDatabaseUrls> {
  const { migrator, runtime } = roles;
  for (const role of [migrator, runtime])
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role.name)) throw new Error(`role name "${role.name}" is not a plain name`);
  await onMaintenanceDatabase(adminUrl, (client) =>
    locked(client, async () => {
      await ensureRole(client, migrator);
      await ensureRole(client, runtime);
    }),
  );
  const adminDatabaseUrl = databaseUrl(adminUrl, database);
  await ensureDatabase(adminDatabaseUrl);
  await onMaintenanceDatabase(adminUrl, (client) =>
    locked(client, async () => {
      await client.query(`ALTER DATABASE "${database}" OWNER TO "${migrator.name}"`);
      await client.query(`REVOKE ALL ON DATABASE "${database}" FROM PUBLIC`);
      await client.query(`GRANT CONNECT ON DATABASE "${database}" TO "${runtime.name}"`);
    }),
  );
  const client = new Client({ connectionString: adminDatabaseUrl });
  await client.connect();
  try {
    await locked(client, async () => {
      await client.query(`ALTER SCHEMA public OWNER TO "${migrator.name}"`);
      await client.query(`REVOKE ALL ON SCHEMA public FROM PUBLIC`);
      await client.query(`GRANT USAGE ON SCHEMA public TO "${runtime.name}"`);
      await client.query(`DO $$
        DECLARE o record;
        BEGIN
          FOR o IN SELECT format('ALTER %s %s OWNER TO %I',
                                 CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                                                WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                                 c.oid::regclass, '${migrator.name}') AS statement
                     FROM pg_class c
                    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                      AND c.relowner <> '${migrator.name}'::regrole
                      -- a sequence of an identity or serial column follows its table
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                         AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
                   UNION ALL
                   SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, '${migrator.name}')
                     FROM pg_proc p
                    WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> '${migrator.name}'::regrole
          LOOP
            EXECUTE o.statement;
          END LOOP;
        END $$`);
    });
  } finally {
    await client.end();
  }
  return { runtimeUrl: roleUrl(adminUrl, database, runtime), migrationUrl: roleUrl(adminUrl, database, migrator) };
}
