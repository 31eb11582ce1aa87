export { databaseUrl, ensureDatabase, dropDatabase, postgresServerUrl } from './ensure-database';
