import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { getServiceRequestDetail } from './get-service-request-detail';
import type { MergeBody, ServiceRequestDetail } from './service-request.schemas';
import { serviceRequests } from './service-requests.table';

type Locked = Pick<
  typeof serviceRequests.$inferSelect,
  'id' | 'number' | 'status' | 'assetId' | 'customerId'
>;

/** A duplicate can only go into a report of the same device (same customer if one has none). */
function assertSameJob(source: Locked, target: Locked): void {
  if (source.assetId && target.assetId) {
    if (source.assetId !== target.assetId) throw new AppError('MERGE_DIFFERENT_DEVICE');
  } else if (source.customerId !== target.customerId) {
    throw new AppError('MERGE_DIFFERENT_CUSTOMER');
  }
}

/**
 * 合并: the same fault reported twice. The duplicate becomes 'merged' and points at the report
 * that goes on (received or already converted); its reporter's tracking page then follows that
 * one. Both rows are locked in id order first, so crossing merges cannot deadlock and a
 * concurrent decision on either leaves this one a 409.
 */
export async function mergeServiceRequest(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  body: MergeBody,
): Promise<ServiceRequestDetail> {
  if (id === body.intoId) throw new AppError('MERGE_INTO_SELF');
  const rows: Locked[] = await tx
    .select({
      id: serviceRequests.id,
      number: serviceRequests.number,
      status: serviceRequests.status,
      assetId: serviceRequests.assetId,
      customerId: serviceRequests.customerId,
    })
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.tenantId, ctx.tenantId),
        inArray(serviceRequests.id, [id, body.intoId]),
      ),
    )
    .orderBy(asc(serviceRequests.id))
    .for('update');
  const source = rows.find((r) => r.id === id);
  const target = rows.find((r) => r.id === body.intoId);
  if (!source || !target) throw new AppError('NOT_FOUND');
  if (source.status !== 'received') throw new AppError('REQUEST_ALREADY_DECIDED');
  if (target.status !== 'received' && target.status !== 'converted')
    throw new AppError('MERGE_TARGET_CLOSED');
  assertSameJob(source, target);
  const now = ctx.clock.now();
  const updated = await tx
    .update(serviceRequests)
    .set({
      status: 'merged',
      mergedIntoId: target.id,
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
  const actor = actorOf(ctx);
  const note = body.note || null;
  await recordAuditEvent(
    tx,
    actor,
    {
      action: 'serviceRequest.merge',
      objectType: 'serviceRequest',
      objectId: source.id,
      before: { status: 'received' },
      after: { status: 'merged', mergedInto: target.number, note },
    },
    ctx.clock,
  );
  await recordAuditEvent(
    tx,
    actor,
    {
      action: 'serviceRequest.mergeIn',
      objectType: 'serviceRequest',
      objectId: target.id,
      after: { mergedFrom: source.number, note },
    },
    ctx.clock,
  );
  return getServiceRequestDetail(tx, ctx, source.id);
}
