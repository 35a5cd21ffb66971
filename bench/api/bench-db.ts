import pg from 'pg';
import { systemClock } from '../../src/platform/clock';
import { loadConfig } from '../../src/platform/config';
import { runSeed } from '../../src/cli/run-seed';

/** Runs one statement on a fresh connection (CREATE/DROP DATABASE cannot run in a pool tx). */
async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops and recreates the bench database, so every run starts from the same data. */
export async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name ${name}`);
  const server = new URL(url);
  server.pathname = '/postgres';
  await withClient(server.toString(), async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
}

/** The demo company plus `orders` bulk work orders, through the seeder (`npm run seed`). */
export async function seedBench(url: string, orders: number, log: (line: string) => void) {
  const config = { ...loadConfig({}), databaseUrl: url };
  await runSeed(config, { orders, batchSize: 10_000, seed: 2026 }, systemClock, log);
}

/** Vacuums and analyzes every table, then writes the dirty pages out (a checkpoint). */
export async function settleDatabase(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query('VACUUM ANALYZE');
    await client.query('CHECKPOINT');
  });
}

export { withClient };
