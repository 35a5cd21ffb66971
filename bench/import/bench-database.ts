import { openPglite, openPostgres, type Database } from '../../src/platform/db';
import { recreateDatabase, withClient } from '../api/bench-db';

/**
 * A fresh database: in-memory PGlite, or, when DATABASE_URL is set, a scratch database
 * `aftersales_bench_import` on that server (never the database DATABASE_URL names), dropped
 * afterwards.
 */
export async function openBenchDatabase(): Promise<{ database: Database; close(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await openPglite();
    return { database, close: () => database.close() };
  }
  const url = new URL(serverUrl);
  url.pathname = '/aftersales_bench_import';
  await recreateDatabase(url.toString());
  const database = await openPostgres({ databaseUrl: url.toString(), poolSize: 2 });
  return {
    database,
    async close() {
      await database.close();
      const server = new URL(serverUrl);
      server.pathname = '/postgres';
      await withClient(server.toString(), (client) =>
        client.query('DROP DATABASE IF EXISTS aftersales_bench_import WITH (FORCE)'),
      );
    },
  };
}
