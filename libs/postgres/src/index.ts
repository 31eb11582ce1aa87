export { databaseUrl, ensureDatabase, dropDatabase, postgresServerUrl } from './ensure-database';
export { credentialsOf, provisionServiceDatabase, roleUrl, serviceRoles } from './service-roles';
export type { DatabaseRole, ServiceDatabaseUrls, ServiceRoles } from './service-roles';
