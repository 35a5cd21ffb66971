import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** The Drizzle database, whichever engine is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; use cases take this, so they compose inside one transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** What a use case may run queries on: the database or a transaction. */
export type Queryable = Db | Tx;

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /** Runs as the application role: row-level security applies. */
  readonly db: Db;
  /**
   * A small separate pool for one-statement work done while a request holds a transaction
   * (reserving a document number). Taking it from the main pool could deadlock when every
   * connection is held by a request waiting for one more. Absent on PGlite.
   */
  readonly sideDb?: Db;
  close(): Promise<void>;
}

export const APP_ROLE = 'aftersales_app';
