import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { recordAuditEvent, type Actor } from '../audit';
import type { Clock } from '../../platform/clock';
import { serviceRequests } from './service-requests.table';

/**
 * Marks a request as turned into a work order: once only (conditional on 'received'), so two
 * dispatchers converting the same report at once get one order and a 409.
 */
export async function markRequestConverted(
  tx: Tx,
  actor: Actor,
  clock: Clock,
  requestId: string,
  workOrder: { id: string; number: string },
): Promise<void> {
  const now = clock.now();
  const updated = await tx
    .update(serviceRequests)
    .set({
      status: 'converted',
      workOrderId: workOrder.id,
      decidedBy: actor.userId,
      decidedAt: now,
      updatedAt: now,
      version: sql`${serviceRequests.version} + 1`,
    })
    .where(
      and(
        eq(serviceRequests.tenantId, actor.tenantId),
        eq(serviceRequests.id, requestId),
        eq(serviceRequests.status, 'received'),
      ),
    )
    .returning({ id: serviceRequests.id });
  if (updated.length === 0) throw new AppError('REQUEST_ALREADY_DECIDED');
  await recordAuditEvent(
    tx,
    actor,
    {
      action: 'serviceRequest.convert',
      objectType: 'serviceRequest',
      objectId: requestId,
      before: { status: 'received' },
      after: { status: 'converted', workOrderNumber: workOrder.number },
    },
    clock,
  );
}

/** The request made from a hotline call, if any. */
export async function requestOfHotlineCall(
  tx: Tx,
  tenantId: string,
  hotlineCallId: string,
): Promise<{ id: string; status: string } | null> {
  const [row] = await tx
    .select({ id: serviceRequests.id, status: serviceRequests.status })
    .from(serviceRequests)
    .where(
      and(eq(serviceRequests.tenantId, tenantId), eq(serviceRequests.hotlineCallId, hotlineCallId)),
    );
  return row ?? null;
}
