import { randomBytes } from 'node:crypto';
import { provisionServiceDatabase, roleUrl, serviceRoles } from '@muster/postgres';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from './test-database';

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const nameOf = (database: TestDatabase): string => new URL(database.url).pathname.slice(1);

describe('provisioning a service database', () => {
  const prefix = `muster_t_roles_${randomBytes(3).toString('hex')}`;
  const roles = serviceRoles(prefix, (role) => `${role}-password`);
  const databases: TestDatabase[] = [];
  const admin = (): string => process.env['DATABASE_URL'] as string;

  afterAll(async () => {
    for (const database of databases) await database.drop();
    await withClient(admin(), async (client) => {
      for (const role of [roles.migrator, roles.runtime]) await client.query(`DROP ROLE IF EXISTS "${role.name}"`);
    });
  });

  it('creates the roles once, race-free, for databases provisioned at the same time', async () => {
    databases.push(...(await Promise.all([1, 2, 3, 4].map(() => createTestDatabase('roles')))));
    const urls = await Promise.all(databases.map((d) => provisionServiceDatabase(admin(), nameOf(d), roles)));
    for (const { runtimeUrl } of urls) {
      expect(await withClient(runtimeUrl, async (c) => (await c.query('SELECT current_user AS u')).rows[0].u)).toBe(
        roles.runtime.name,
      );
    }
    const owners = await withClient(admin(), (client) =>
      client.query(`SELECT DISTINCT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = ANY($1)`, [
        databases.map(nameOf),
      ]),
    );
    expect(owners.rows).toEqual([{ owner: roles.migrator.name }]);
  });

  it('hands what an earlier set-up made as another owner to the migrator, and is idempotent', async () => {
    const [database] = databases;
    if (!database) throw new Error('the first test provisions the databases');
    await withClient(database.url, (client) =>
      client.query(`
        CREATE TABLE legacy (position bigserial PRIMARY KEY, note text);
        CREATE TABLE counted (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
        CREATE SEQUENCE standalone;
        CREATE VIEW legacy_notes AS SELECT note FROM legacy;
        CREATE FUNCTION legacy_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM legacy';`),
    );
    await provisionServiceDatabase(admin(), nameOf(database), roles);
    await provisionServiceDatabase(admin(), nameOf(database), roles);
    const owners = await withClient(database.url, (client) =>
      client.query(`
        SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class
         WHERE relnamespace = 'public'::regnamespace
        UNION SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE pronamespace = 'public'::regnamespace
        UNION SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'`),
    );
    expect(owners.rows).toEqual([{ owner: roles.migrator.name }]);
    // The migrator can now alter them, as a later migration would.
    await withClient(roleUrl(admin(), nameOf(database), roles.migrator), (client) =>
      client.query(`ALTER TABLE legacy ADD COLUMN added text`),
    );
  });

  it('lets no other role connect: not PUBLIC, not another service', async () => {
    const [database] = databases;
    if (!database) throw new Error('the first test provisions the databases');
    const other = `${prefix}_other`;
    await withClient(admin(), (client) => client.query(`CREATE ROLE "${other}" LOGIN PASSWORD 'other-password'`));
    try {
      const refused = await withClient(
        roleUrl(admin(), nameOf(database), { name: other, password: 'other-password' }),
        async () => 'connected',
      ).catch((error: { code?: string }) => error.code);
      expect(refused).toBe('42501');
    } finally {
      await withClient(admin(), (client) => client.query(`DROP ROLE "${other}"`));
    }
  });
});
