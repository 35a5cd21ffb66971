import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { checkTransition } from './work-order.machine';
import type { WorkOrderAction } from './work-order.states';
import { visibleWorkOrders } from './visibility';
import { findWorkOrderRow } from './work-order-view';
import { workOrders } from './work-orders.table';

type Patch = Partial<
  Pick<
    typeof workOrders.$inferInsert,
    'technicianId' | 'resolution' | 'cancelReason' | 'closedAt' | 'cancelledAt'
  >
>;

/**
 * The one way a work order changes state: the transition table decides, the write is
 * conditional on the state and version that were read (a concurrent move gets CONFLICT), and
 * the audit event records before and after in the same transaction.
 */
export async function transitionWorkOrder(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  action: WorkOrderAction,
  patch: Patch,
  note?: Record<string, unknown>,
): Promise<void> {
  const row = await findWorkOrderRow(tx, ctx.tenantId, id, visibleWorkOrders(ctx));
  if (!row) throw new AppError('NOT_FOUND');
  const { order } = row;
  const transition = checkTransition(order, action, { userId: ctx.user.id, roles: ctx.user.roles });
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
  const pick = (o: typeof order) =>
    Object.fromEntries(
      keys.map((k) => [k, o[k] instanceof Date ? (o[k] as Date).toISOString() : o[k]]),
    );
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
}
