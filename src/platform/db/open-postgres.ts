import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { APP_ROLE, type Database, type Db } from './database';
import { MIGRATIONS_FOLDER } from './migrations-folder';
import { pgTenantWork } from './pg-tenant-work';
import { patchClientQueries } from './pg-client-queries';
import { OPEN_TENANT_READ, OPEN_TENANT_TRANSACTION } from './tenant-transaction';
import * as schema from './schema';

export interface PostgresOptions {
  /** The owner's connection: migrations run with it. */
  databaseUrl: string;
  /** The application's connection; derived from databaseUrl with the app role when absent. */
  appDatabaseUrl?: string;
  appPassword?: string;
  poolSize?: number;
  asOwner?: boolean;
  onPoolError?: (error: Error) => void;
}

const MIGRATION_LOCK = 727_922; // advisory lock id: one migrator at a time across processes

export async function migratePostgres(databaseUrl: string, appPassword?: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
    if (appPassword) {
      const literal = (await client.query('SELECT quote_literal($1) AS q', [appPassword])).rows[0]
        .q;
      await client.query(`ALTER ROLE ${APP_ROLE} PASSWORD ${literal}`);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}

export function appConnectionString(databaseUrl: string, appPassword?: string): string {
  const url = new URL(databaseUrl);
  url.username = APP_ROLE;
  url.password = appPassword ?? '';
  return url.toString();
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  await migratePostgres(options.databaseUrl, options.appPassword);
  const connectionString = options.asOwner
    ? options.databaseUrl
    : (options.appDatabaseUrl ?? appConnectionString(options.databaseUrl, options.appPassword));
  // A bounded wait: if the pool is ever exhausted, requests fail with a logged error instead
  // of hanging the server.
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 10_000,
  });
  const sidePool = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: 10_000 });
  sidePool.on('error', (error) => options.onPoolError?.(error));
  // Without a listener, an idle client's error (a server restart) crashes the process.
  pool.on('error', (error) => options.onPoolError?.(error));
  pool.on('connect', patchClientQueries);
  const db = drizzle(pool, { schema });
  const tenantWork = pgTenantWork(pool, schema);
  Object.assign(db, {
    [OPEN_TENANT_TRANSACTION]: tenantWork.transaction,
    [OPEN_TENANT_READ]: tenantWork.read,
  });
  return {
    kind: 'postgres',
    db: db as unknown as Db,
    sideDb: drizzle(sidePool, { schema }) as unknown as Db,
    close: async () => {
      await Promise.all([pool.end(), sidePool.end()]);
    },
  };
}
