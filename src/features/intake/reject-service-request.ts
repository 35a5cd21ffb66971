import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { getServiceRequest } from './get-service-request';
import type { RejectBody, ServiceRequestDetail } from './service-request.schemas';
import { getServiceRequestDetail } from './get-service-request-detail';
import { serviceRequests } from './service-requests.table';

/**
 * 驳回: closes a received request with a reason the reporter reads on the tracking page.
 * Conditional on 'received', so a concurrent convert, merge or reject leaves this one a 409.
 */
export async function rejectServiceRequest(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  body: RejectBody,
): Promise<ServiceRequestDetail> {
  const request = await getServiceRequest(tx, ctx.tenantId, id);
  if (request.status !== 'received') throw new AppError('REQUEST_ALREADY_DECIDED');
  const now = ctx.clock.now();
  const updated = await tx
    .update(serviceRequests)
    .set({
      status: 'rejected',
      rejectReason: body.reason,
      decidedBy: ctx.user.id,
      decidedAt: now,
      updatedAt: now,
      version: sql`${serviceRequests.version} + 1`,
    })
    .where(
      and(
        eq(serviceRequests.tenantId, ctx.tenantId),
        eq(serviceRequests.id, id),
        eq(serviceRequests.status, 'received'),
      ),
    )
    .returning({ id: serviceRequests.id });
  if (updated.length === 0) throw new AppError('REQUEST_ALREADY_DECIDED');
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'serviceRequest.reject',
      objectType: 'serviceRequest',
      objectId: id,
      before: { status: 'received' },
      after: { status: 'rejected', reason: body.reason },
    },
    ctx.clock,
  );
  return getServiceRequestDetail(tx, ctx, id);
}
