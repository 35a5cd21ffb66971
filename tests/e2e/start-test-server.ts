import { existsSync } from 'node:fs';
import { systemClock } from '../../src/platform/clock';
import type { Db } from '../../src/platform/db';
import { loadConfig } from '../../src/platform/config';
import { seedDemo } from '../../src/features/demo';
import { setNotificationLinkBase } from '../../src/features/notifications';
import type { JobRunner } from '../../src/platform/jobs';
import { buildApp, WEB_DIST } from '../../src/server/build-app';
import { sealAllTenants } from '../../src/server/seal-periodically';
import { startJobRunner } from '../../src/server/start-job-runner';
import { openTestDatabase } from '../support/test-database';

export interface TestServer {
  url: string;
  /** The server's database, for what a test reads off paper (a printed label's QR code). */
  db: Db;
  /** The server's job runner (it polls by itself; `runDue()` to deliver right now). */
  jobs: JobRunner;
  close(): Promise<void>;
}

/**
 * The real server on a free port, with a fresh database — PGlite, or a new PostgreSQL database
 * when TEST_DATABASE_URL is set — holding the demo company (the README's users, 20 customers).
 */
export async function startTestServer(options: { workOrders?: number } = {}): Promise<TestServer> {
  if (!existsSync(`${WEB_DIST}/index.html`)) {
    throw new Error(
      'The web app is not built: run `npm run build:web` (npm test does it for you).',
    );
  }
  const tdb = await openTestDatabase();
  await seedDemo(tdb.database.db, systemClock, { workOrders: options.workOrders ?? 30 });
  await sealAllTenants(tdb.database.db, systemClock);
  const config = { ...loadConfig({}), cookieSecure: false };
  const app = await buildApp({ database: tdb.database, config, clock: systemClock });
  const jobs = startJobRunner(app, tdb.database.db, systemClock);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  setNotificationLinkBase(url);
  return {
    url,
    db: tdb.database.db,
    jobs,
    async close() {
      await jobs.stop();
      await app.close();
      await tdb.close();
    },
  };
}
