import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { auditEvents } from '../audit';
import { getWorkOrder } from './get-work-order';
import type { HistoryEntry } from './work-order.schemas';

/** The order's timeline, read from its audit chain: who did what, when. */
export async function getWorkOrderHistory(
  tx: Tx,
  ctx: RequestContext,
  id: string,
): Promise<HistoryEntry[]> {
  const order = await getWorkOrder(tx, ctx, id); // same visibility as the order itself
  const events = await tx
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.tenantId, ctx.tenantId),
        eq(auditEvents.objectType, 'workOrder'),
        eq(auditEvents.objectId, order.id),
      ),
    )
    .orderBy(asc(auditEvents.seq));
  return events.map((e) => ({
    id: String(e.id),
    at: e.occurredAt,
    actor: e.actorId ? { id: e.actorId, name: e.actorName ?? '' } : null,
    role: e.actorRole,
    action: e.action,
    before: e.before ?? null,
    after: e.after ?? null,
  }));
}
