import type { Clock } from '../platform/clock';
import type { Config } from '../platform/config';
import { type Database, openDatabase } from '../platform/db';
import { DEMO_PASSWORD, isDatabaseEmpty, seedDemo } from '../features/demo';
import { setNotificationLinkBase } from '../features/notifications';
import type { JobRunner } from '../platform/jobs';
import type { App } from '../platform/http/app-types';
import { buildApp } from './build-app';
import { sealAllTenants, sealPeriodically } from './seal-periodically';
import { startJobRunner } from './start-job-runner';

export interface RunningServer {
  app: App;
  database: Database;
  url: string;
  seeded: boolean;
  jobs: JobRunner;
  close(): Promise<void>;
}

export const DEMO_LOGINS = [
  'admin',
  'gm',
  'manager',
  'dispatcher',
  'technician',
  'tech2 … tech10',
  'returns',
  'warehouse',
  'office',
];

/**
 * Opens the database (migrating it), seeds the demo company on the first start of an empty
 * embedded database, and listens.
 */
export async function startServer(
  config: Config,
  clock: Clock,
  options: { logger?: boolean; seedDemo?: boolean } = {},
): Promise<RunningServer> {
  const logger = options.logger ?? true;
  const database = await openDatabase(config, {
    poolSize: config.dbPoolSize,
    onPoolError: (e) => console.error('database pool error:', e.message),
  });
  let seeded = false;
  let jobs: JobRunner | undefined;
  try {
    const wantsDemo = options.seedDemo ?? database.kind === 'pglite';
    if (wantsDemo && (await isDatabaseEmpty(database.db))) {
      await seedDemo(database.db, clock);
      await sealAllTenants(database.db, clock);
      seeded = true;
    }
    const app = await buildApp({
      database,
      config,
      clock,
      logger: logger ? { level: config.logLevel } : false,
    });
    const runner = startJobRunner(app, database.db, clock);
    jobs = runner;
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}`;
    setNotificationLinkBase(config.publicBaseUrl ?? url);
    const stopSealing = sealPeriodically(database.db, clock, 60_000, (e) =>
      app.log.error({ err: e }, 'audit sealing failed'),
    );
    return {
      app,
      database,
      url,
      seeded,
      jobs: runner,
      async close() {
        stopSealing();
        await runner.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await jobs?.stop();
    await database.close();
    throw error;
  }
}

export function demoBanner(url: string): string {
  return [
    '',
    `  售后服务管理系统 Aftersales is running at ${url}`,
    `  API docs: ${url}/api/docs`,
    `  Demo logins (password ${DEMO_PASSWORD}): ${DEMO_LOGINS.join(', ')}`,
    '',
  ].join('\n');
}
