import type { FastifyRequest } from 'fastify';
import { type Db, inTenant, type Tx } from '../../platform/db';
import type { RequestContext } from './request-context';

/** Runs a use case in one transaction scoped to the signed-in user's tenant. */
export function inTenantOf<T>(
  db: Db,
  request: FastifyRequest,
  work: (tx: Tx, ctx: RequestContext) => Promise<T>,
): Promise<T> {
  return inTenant(db, request.ctx.tenantId, (tx) => work(tx, request.ctx));
}
