import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import lockfile from 'proper-lockfile';
import { APP_ROLE, type Database, type Db } from './database';
import { MIGRATIONS_FOLDER } from './migrations-folder';
import * as schema from './schema';

export class DataDirLockedError extends Error {
  constructor(dir: string) {
    super(
      `数据目录 ${dir} 正被另一个进程使用 / The data directory ${dir} is in use by another process. ` +
        'PGlite allows one process per directory: stop the other process (or set DATA_DIR to another folder).',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface PgliteOptions {
  /** A directory for a persistent database; in memory when absent. */
  dataDir?: string;
  /** Stay the superuser (CLI tools that read across tenants); the app never does. */
  asOwner?: boolean;
}

/**
 * PGlite has no cross-process lock: two processes on one directory silently lose writes, so we
 * hold a lock file for as long as the database is open.
 */
export async function openPglite(options: PgliteOptions = {}): Promise<Database> {
  let release: (() => Promise<void>) | undefined;
  let client: PGlite;
  if (options.dataDir) {
    const dir = path.resolve(options.dataDir);
    mkdirSync(dir, { recursive: true });
    try {
      release = await lockfile.lock(dir, { realpath: false, stale: 15_000, update: 5_000 });
    } catch (error) {
      if ((error as { code?: string }).code === 'ELOCKED') throw new DataDirLockedError(dir);
      throw error;
    }
    client = await PGlite.create(dir);
  } else {
    client = await PGlite.create();
  }
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  if (!options.asOwner) await client.exec(`SET ROLE ${APP_ROLE}`);
  return {
    kind: 'pglite',
    db: db as unknown as Db,
    async close() {
      await client.close();
      await release?.();
    },
  };
}
