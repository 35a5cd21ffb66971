import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../../src/platform/db';

export interface TestDatabase {
  /** The open database; `restart` replaces it. */
  readonly database: Database;
  /** Runs SQL as the tables' owner: for tampering in tests, never what the app can do. */
  asOwner(sql: string): Promise<void>;
  /**
   * Closes the database and opens the same one again, as a restarted process would: what was
   * committed is there, nothing held in memory is. PGlite needs `{ restartable: true }`.
   */
  restart(): Promise<Database>;
  close(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** PGlite keeps its data in a temporary directory instead of memory, so it can be reopened. */
  restartable?: boolean;
}

type PgliteClient = { exec(sql: string): Promise<unknown> };
const pgliteClientOf = (database: Database) =>
  (database.db as unknown as { $client: PgliteClient }).$client;

/**
 * A fresh, migrated database for one test file: PGlite by default (in memory, or in a temporary
 * directory when restartable), a new database on the PostgreSQL server named by
 * TEST_DATABASE_URL otherwise (dropped afterwards).
 */
export async function openTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openTestPglite(options);
  const name = `aftersales_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const open = () => openPostgres({ databaseUrl: url.toString(), poolSize: 10 });
  let database = await open();
  return {
    get database() {
      return database;
    },
    async asOwner(sql) {
      const owner = new pg.Client({ connectionString: url.toString() });
      await owner.connect();
      try {
        await owner.query(sql);
      } finally {
        await owner.end();
      }
    },
    async restart() {
      await database.close();
      database = await open();
      return database;
    },
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

async function openTestPglite({ restartable }: TestDatabaseOptions): Promise<TestDatabase> {
  const dataDir = restartable ? mkdtempSync(path.join(tmpdir(), 'aftersales-test-')) : undefined;
  let database = await openPglite({ dataDir });
  return {
    get database() {
      return database;
    },
    async asOwner(sql) {
      await pgliteClientOf(database).exec(`RESET ROLE; ${sql}; SET ROLE aftersales_app;`);
    },
    async restart() {
      if (!dataDir)
        throw new Error('open the test database with { restartable: true } to restart it');
      await database.close();
      database = await openPglite({ dataDir });
      return database;
    },
    async close() {
      await database.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
