export { databaseUrl, ensureDatabase, dropDatabase } from './database/ensure-database';
