import { and, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import type { RepairReturnView } from './repair-return.schemas';
import { repairReturnViews } from './repair-return-views';
import { repairReturns } from './repair-returns.table';

/** 返修单: everything about the return, with what the signed-in user may do next. */
export async function getRepairReturn(
  db: Queryable,
  ctx: Pick<RequestContext, 'tenantId' | 'user' | 'clock'>,
  id: string,
): Promise<RepairReturnView> {
  const [view] = await repairReturnViews(db, ctx.tenantId, [id], ctx.clock.now(), {
    userId: ctx.user.id,
    roles: ctx.user.roles,
  });
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}

/**
 * The return a work order's take-back made (the latest, should there be several), or null.
 * Without a user: its allowedActions are empty.
 */
export async function repairReturnOfWorkOrder(
  db: Queryable,
  tenantId: string,
  workOrderId: string,
  now: Date = new Date(),
): Promise<RepairReturnView | null> {
  const [row] = await db
    .select({ id: repairReturns.id })
    .from(repairReturns)
    .where(and(eq(repairReturns.tenantId, tenantId), eq(repairReturns.workOrderId, workOrderId)))
    .orderBy(desc(repairReturns.createdAt))
    .limit(1);
  if (!row) return null;
  const [view] = await repairReturnViews(db, tenantId, [row.id], now);
  return view ?? null;
}
