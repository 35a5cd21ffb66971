import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import {
  meetServiceClock,
  pauseServiceClocks,
  resumeServiceClocks,
  stopServiceClocks,
} from '../sla';
import { workOrderVisits } from './on-site.table';
import { clockEffects, endsVisit } from './transition-effects.rules';
import type { WorkOrderAction } from './work-order.states';
import type { workOrders } from './work-orders.table';

/** The technician's visit still open on this order (travelling or on site), if any. */
export async function findOpenVisit(tx: Tx, tenantId: string, workOrderId: string) {
  const [visit] = await tx
    .select()
    .from(workOrderVisits)
    .where(
      and(
        eq(workOrderVisits.tenantId, tenantId),
        eq(workOrderVisits.workOrderId, workOrderId),
        isNull(workOrderVisits.leftAt),
      ),
    )
    .orderBy(desc(workOrderVisits.seq))
    .limit(1);
  return visit;
}

/**
 * What follows a move, in the same transaction: the service clocks meet, pause, resume or
 * stop (transition-effects.rules), and an outcome ends the open visit.
 */
export async function applyTransitionEffects(
  tx: Tx,
  ctx: RequestContext,
  action: WorkOrderAction,
  order: typeof workOrders.$inferSelect,
): Promise<void> {
  for (const effect of clockEffects(action, order.revisitReason)) {
    if (effect.op === 'meet') await meetServiceClock(tx, ctx, order.id, effect.kind);
    else if (effect.op === 'pause') await pauseServiceClocks(tx, ctx, order.id);
    else if (effect.op === 'resume') await resumeServiceClocks(tx, ctx, order.id);
    else await stopServiceClocks(tx, ctx, order.id);
  }
  if (!endsVisit(action)) return;
  const visit = await findOpenVisit(tx, ctx.tenantId, order.id);
  if (!visit) return;
  await tx
    .update(workOrderVisits)
    .set({ leftAt: ctx.clock.now(), outcome: action })
    .where(and(eq(workOrderVisits.tenantId, ctx.tenantId), eq(workOrderVisits.id, visit.id)));
}
