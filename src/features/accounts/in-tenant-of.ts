import type { FastifyRequest } from 'fastify';
import { type Db, inTenant, readInTenant, type Tx } from '../../platform/db';
import type { RequestContext } from './request-context';

/**
 * Runs a use case scoped to the signed-in user's tenant: in one transaction, or, for a GET
 * (which changes nothing), as a read-only read (`readInTenant`), which costs fewer round trips.
 */
export function inTenantOf<T>(
  db: Db,
  request: FastifyRequest,
  work: (tx: Tx, ctx: RequestContext) => Promise<T>,
): Promise<T> {
  const run = request.method === 'GET' || request.method === 'HEAD' ? readInTenant : inTenant;
  return run(db, request.ctx.tenantId, (tx) => work(tx, request.ctx));
}
