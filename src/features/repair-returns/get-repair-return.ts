import { and, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RepairReturnView } from './repair-return.schemas';
import { repairReturnViews } from './repair-return-views';
import { repairReturns } from './repair-returns.table';

export async function getRepairReturn(
  db: Queryable,
  tenantId: string,
  id: string,
): Promise<RepairReturnView> {
  const [view] = await repairReturnViews(db, tenantId, [id]);
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}

/** The return a work order's take-back made (the latest, should there be several), or null. */
export async function repairReturnOfWorkOrder(
  db: Queryable,
  tenantId: string,
  workOrderId: string,
): Promise<RepairReturnView | null> {
  const [row] = await db
    .select({ id: repairReturns.id })
    .from(repairReturns)
    .where(and(eq(repairReturns.tenantId, tenantId), eq(repairReturns.workOrderId, workOrderId)))
    .orderBy(desc(repairReturns.createdAt))
    .limit(1);
  return row ? getRepairReturn(db, tenantId, row.id) : null;
}
