import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../../src/platform/db';

export interface TestDatabase {
  database: Database;
  /** Runs SQL as the tables' owner: for tampering in tests, never what the app can do. */
  asOwner(sql: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, a new database
 * on the PostgreSQL server named by TEST_DATABASE_URL otherwise (dropped afterwards).
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openPglite();
    const client = (database.db as unknown as { $client: { exec(sql: string): Promise<unknown> } })
      .$client;
    return {
      database,
      async asOwner(sql) {
        await client.exec(`RESET ROLE; ${sql}; SET ROLE aftersales_app;`);
      },
      close: () => database.close(),
    };
  }
  const name = `aftersales_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres({ databaseUrl: url.toString(), poolSize: 10 });
  return {
    database,
    async asOwner(sql) {
      const owner = new pg.Client({ connectionString: url.toString() });
      await owner.connect();
      try {
        await owner.query(sql);
      } finally {
        await owner.end();
      }
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
