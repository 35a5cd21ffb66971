import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { dailyNumberReserver } from '../../platform/numbering/batched-numbers';
import { authenticateSession } from './authenticate-session';
import { sessionCache } from './session-cache';
import { sessionIdOf } from './session-token';
import type { RequestContext } from './request-context';
import { hasPermission, type Permission } from './roles';
import type { SessionPolicy } from './session-policy';

export const SESSION_COOKIE = 'sid';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Open to anyone: login, health, docs and the public pages under /api/public. */
    public?: boolean;
    /** Any signed-in user (their own session and password). */
    signedIn?: boolean;
    /** The permission this route needs. Every other /api route must name one. */
    permission?: Permission;
  }
  interface FastifyRequest {
    ctx: RequestContext;
  }
}

/** True when the route declares who may call it; the app refuses to start otherwise. */
export function declaresAccess(config: {
  public?: boolean;
  signedIn?: boolean;
  permission?: Permission;
}): boolean {
  return Boolean(config.public || config.signedIn || config.permission);
}

export interface AuthHookDeps {
  db: Db;
  clock: Clock;
  sessionPolicy: SessionPolicy;
  /** Where to reserve document numbers outside the request's transaction (PostgreSQL only). */
  numbersDb?: Db;
}

export function registerAuthHook(app: FastifyInstance, deps: AuthHookDeps): void {
  app.addHook('onRoute', (route) => {
    const isApi = route.url.startsWith('/api/') && !route.url.startsWith('/api/docs');
    if (isApi && !route.url.startsWith('/api/public/') && !declaresAccess(route.config ?? {})) {
      throw new Error(
        `Route ${route.method} ${route.url} declares no access rule (public, signedIn or permission)`,
      );
    }
  });
  // One per app: concurrent creates of a series share their numbers' statement.
  const reserve = deps.numbersDb && dailyNumberReserver(deps.numbersDb);
  // onRequest: refused before the body is even parsed.
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const config = request.routeOptions.config;
    if (!request.url.startsWith('/api/') || config.public || request.url.startsWith('/api/public/'))
      return;
    if (!config.signedIn && !config.permission) return; // not an API route of ours (404s, docs)
    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw new AppError('UNAUTHENTICATED');
    const sessionId = sessionIdOf(token);
    const now = deps.clock.now().getTime();
    let ctx = sessionCache.get(sessionId, now);
    if (!ctx) {
      ctx = await authenticateSession(deps.db, token, deps.sessionPolicy, deps.clock, request.ip);
      sessionCache.set(sessionId, ctx, now);
    }
    const tenantId = ctx.tenantId;
    request.ctx = {
      ...ctx,
      sourceIp: request.ip,
      reserveNumber: reserve ? (prefix, day) => reserve(tenantId, prefix, day) : undefined,
    };
    if (config.permission && !hasPermission(request.ctx.user.roles, config.permission)) {
      throw new AppError('FORBIDDEN');
    }
  });
}
