export type { Database, Db, Queryable, Tx } from './database';
export { APP_ROLE } from './database';
export { DataDirLockedError, openPglite } from './open-pglite';
export { appConnectionString, migratePostgres, openPostgres } from './open-postgres';
export { inTenant } from './tenant-transaction';
export { rowsOf } from './rows';
export { openDatabase } from './open-database';
export { sequentially } from './sequentially';
export { containing, startingWith } from './like';
