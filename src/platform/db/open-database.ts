import path from 'node:path';
import type { Config } from '../config';
import type { Database } from './database';
import { openPglite } from './open-pglite';
import { openPostgres } from './open-postgres';

/** PostgreSQL when DATABASE_URL is set, else the embedded PGlite in DATA_DIR. */
export function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'appDatabaseUrl' | 'appDatabasePassword' | 'dataDir'>,
  options: { asOwner?: boolean; poolSize?: number; onPoolError?: (error: Error) => void } = {},
): Promise<Database> {
  if (config.databaseUrl) {
    return openPostgres({
      databaseUrl: config.databaseUrl,
      appDatabaseUrl: config.appDatabaseUrl,
      appPassword: config.appDatabasePassword,
      ...options,
    });
  }
  return openPglite({ dataDir: path.join(config.dataDir, 'pglite'), asOwner: options.asOwner });
}
