import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db, Tx } from '../../platform/db';
import { withIdempotency } from '../../platform/idempotency/with-idempotency';
import type { RequestContext } from './request-context';
import { inTenantOf } from './in-tenant-of';

/** The header every create accepts; document it on the route's schema. */
export const idempotencyHeaders = z.object({
  'idempotency-key': z.string().min(8).max(128).optional(),
});

/**
 * Runs a create in the user's tenant; with an Idempotency-Key, a retry of the same request
 * gets the first result back and creates nothing.
 */
export function idempotentCreate<T>(
  db: Db,
  request: FastifyRequest,
  create: (tx: Tx, ctx: RequestContext) => Promise<T>,
): Promise<T> {
  const key = request.headers['idempotency-key'];
  return inTenantOf(db, request, async (tx, ctx) => {
    if (typeof key !== 'string' || key === '') return create(tx, ctx);
    const scope = {
      tenantId: ctx.tenantId,
      userId: ctx.user.id,
      // The path, not the route pattern: the same key on another record's step is another request.
      key: `${request.method} ${request.url.split('?')[0]}:${key}`,
      request: request.body,
    };
    return (await withIdempotency(tx, scope, () => create(tx, ctx))).result;
  });
}
