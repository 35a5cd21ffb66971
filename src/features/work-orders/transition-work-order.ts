import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { approvalNeededFor } from './approval-needed';
import { applyTransitionEffects } from './apply-transition-effects';
import { checkTransition, WORK_ORDER_TRANSITIONS } from './work-order.machine';
import type { WorkOrderAction } from './work-order.states';
import { visibleWorkOrders } from './visibility';
import { findWorkOrderRow } from './work-order-view';
import { workOrders } from './work-orders.table';

export type WorkOrderPatch = Partial<
  Pick<
    typeof workOrders.$inferInsert,
    | 'technicianId'
    | 'windowStart'
    | 'windowEnd'
    | 'windowAgreed'
    | 'contactedAt'
    | 'confirmedFault'
    | 'diagnosis'
    | 'quoteId'
    | 'quoteDecision'
    | 'resolution'
    | 'revisitReason'
    | 'resolvedAt'
    | 'cancelReason'
    | 'closedAt'
    | 'cancelledAt'
  >
>;

export type WorkOrderRecord = typeof workOrders.$inferSelect;

const auditValue = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

/**
 * The one way a work order changes state: the transition table decides, the write is
 * conditional on the state and version that were read (a concurrent move gets CONFLICT), the
 * audit event records before and after in the same transaction, and the move's effects follow
 * (service clocks; the open visit ends with an outcome). Returns the order before and after.
 */
export async function transitionWorkOrder(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  action: WorkOrderAction,
  patch: WorkOrderPatch,
  note?: Record<string, unknown>,
): Promise<{ before: WorkOrderRecord; after: WorkOrderRecord }> {
  // A repair-return step (an item given back) moves the order for whoever holds the return,
  // which its own permission checked: the order need not be one the technician was assigned.
  const byReturn = WORK_ORDER_TRANSITIONS.some((t) => t.action === action && t.byRepairReturn);
  const row = await findWorkOrderRow(
    tx,
    ctx.tenantId,
    id,
    byReturn ? undefined : visibleWorkOrders(ctx),
  );
  if (!row) throw new AppError('NOT_FOUND');
  const { order } = row;
  // Only a confirmed fault is repaired: the quote guard needs the warranty only there.
  const approvalNeeded =
    order.status === 'confirmed' ? await approvalNeededFor(tx, ctx, order) : false;
  const transition = checkTransition({ ...order, approvalNeeded }, action, {
    userId: ctx.user.id,
    roles: ctx.user.roles,
  });
  if (typeof transition === 'string') throw new AppError(transition);
  const [updated] = await tx
    .update(workOrders)
    .set({
      ...patch,
      status: transition.to,
      version: order.version + 1,
      updatedAt: ctx.clock.now(),
    })
    .where(
      and(
        eq(workOrders.tenantId, ctx.tenantId),
        eq(workOrders.id, id),
        eq(workOrders.status, order.status),
        eq(workOrders.version, order.version),
      ),
    )
    .returning();
  if (!updated) throw new AppError('CONFLICT');
  const keys = ['status', ...Object.keys(patch)] as (keyof typeof order)[];
  const pick = (o: typeof order) => Object.fromEntries(keys.map((k) => [k, auditValue(o[k])]));
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: `workOrder.${action}`,
      objectType: 'workOrder',
      objectId: id,
      // The technician's name too, so the timeline reads "old → new" without another lookup.
      before:
        'technicianId' in patch
          ? { ...pick(order), technicianName: row.technicianName }
          : pick(order),
      after: { ...pick(updated), ...note },
    },
    ctx.clock,
  );
  await applyTransitionEffects(tx, ctx, action, updated);
  return { before: order, after: updated };
}
