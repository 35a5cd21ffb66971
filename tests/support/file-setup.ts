import { afterAll, beforeAll } from 'vitest';
import type { Clock } from '../../src/platform/clock';
import { loadConfig } from '../../src/platform/config';
import type { Db } from '../../src/platform/db';
import type { App } from '../../src/platform/http/app-types';
import { buildApp } from '../../src/server/build-app';
import { openTestDatabase, type TestDatabase, type TestDatabaseOptions } from './test-database';

/** The database one test file shares. Read it in hooks and tests: it opens in `beforeAll`. */
export interface FileDatabase {
  /** The test database itself, to restart it or to tamper as its owner. */
  readonly tdb: TestDatabase;
  /** The open database (a new one after a restart). */
  readonly db: Db;
}

/** The database one test file shares, and the whole app on it. */
export interface FileApp extends FileDatabase {
  readonly app: App;
}

/**
 * A fresh database for the file's tests: opened before them, then `setUp` writes the file's own
 * rows; closed after them. Hooks the file registers later run after `setUp`, and end before
 * the database closes.
 */
export function testDatabaseForFile(
  options: TestDatabaseOptions & { setUp?: (file: FileDatabase) => Promise<void> } = {},
): FileDatabase {
  const { setUp, ...databaseOptions } = options;
  return forFile(databaseOptions, undefined, setUp);
}

/** As `testDatabaseForFile`, with the app built on the database (closed before it). */
export function testAppForFile(clock: Clock, setUp?: (file: FileApp) => Promise<void>): FileApp {
  return forFile({}, clock, setUp);
}

function forFile(
  options: TestDatabaseOptions,
  appClock: Clock | undefined,
  setUp: ((file: FileApp) => Promise<void>) | undefined,
): FileApp {
  let tdb: TestDatabase | undefined;
  let app: App | undefined;
  const file: FileApp = {
    get tdb() {
      return opened(tdb);
    },
    get db() {
      return opened(tdb).database.db;
    },
    get app() {
      return opened(app);
    },
  };
  beforeAll(async () => {
    tdb = await openTestDatabase(options);
    if (appClock)
      app = await buildApp({ database: tdb.database, config: loadConfig({}), clock: appClock });
    await setUp?.(file);
  });
  afterAll(async () => {
    await app?.close();
    await tdb?.close();
  });
  return file;
}

function opened<T>(value: T | undefined): T {
  if (value === undefined)
    throw new Error('the test database opens in beforeAll: read it inside a hook or a test');
  return value;
}
