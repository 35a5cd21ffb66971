import { availableParallelism } from 'node:os';
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  appDatabaseUrl?: string;
  appDatabasePassword?: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Send cookies with Secure: set COOKIE_SECURE=true wherever the app is served over HTTPS. */
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: string;
  /** PUBLIC_BASE_URL: the origin QR labels point at; the request's origin when unset. */
  publicBaseUrl?: string;
  /** DB_POOL_SIZE: PostgreSQL connections per process (`defaultPoolSize` when unset). */
  dbPoolSize: number;
}

/**
 * Two connections a core and one more (the rule HikariCP's pool-sizing guide gives): PostgreSQL
 * does no more work at once than it has cores, and more busy connections only take turns on
 * them. Measured on 2 cores (`npm run bench:api`), 5 connections served more creates and lists
 * than 20, with shorter tails. Set DB_POOL_SIZE when the database has cores of its own.
 */
export const defaultPoolSize = (cores = availableParallelism()) => 2 * cores + 1;

function numberFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`环境变量 ${name} 应为正数 / ${name} must be a positive number, got "${raw}"`);
  }
  return value;
}

function integerFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = numberFrom(env, name, fallback);
  if (!Number.isInteger(value)) {
    throw new Error(
      `环境变量 ${name} 应为正整数 / ${name} must be a whole number, got "${env[name]}"`,
    );
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: numberFrom(env, 'PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    appDatabaseUrl: env.APP_DATABASE_URL || undefined,
    appDatabasePassword: env.APP_DATABASE_PASSWORD || undefined,
    sessionIdleMinutes: numberFrom(env, 'SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: numberFrom(env, 'SESSION_ABSOLUTE_HOURS', 12),
    cookieSecure: env.COOKIE_SECURE === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    publicBaseUrl: env.PUBLIC_BASE_URL || undefined,
    dbPoolSize: integerFrom(env, 'DB_POOL_SIZE', defaultPoolSize()),
  };
}
