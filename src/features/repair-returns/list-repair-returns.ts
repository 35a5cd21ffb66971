import { and, count, desc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { containing, sequentially, type Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { customers } from '../customers/customers.table';
import { workOrders } from '../work-orders/work-orders.table';
import type { ListRepairReturnsQuery, RepairReturnListItem } from './repair-return.schemas';
import { repairReturnViews } from './repair-return-views';
import { repairReturns } from './repair-returns.table';

/** The returns clerk's list: newest first, by status, searchable by number or customer. */
export async function listRepairReturns(
  tx: Tx,
  ctx: RequestContext,
  query: ListRepairReturnsQuery,
): Promise<{ items: RepairReturnListItem[]; total: number }> {
  const filters: (SQL | undefined)[] = [eq(repairReturns.tenantId, ctx.tenantId)];
  if (query.status?.length) filters.push(inArray(repairReturns.status, query.status));
  if (query.q) {
    const like = containing(query.q);
    filters.push(
      or(
        ilike(repairReturns.number, like),
        ilike(workOrders.number, like),
        ilike(customers.name, like),
      ),
    );
  }
  const where = and(...filters);
  const ids = tx
    .select({ id: repairReturns.id })
    .from(repairReturns)
    .innerJoin(workOrders, eq(workOrders.id, repairReturns.workOrderId))
    .innerJoin(customers, eq(customers.id, repairReturns.customerId))
    .where(where)
    .orderBy(desc(repairReturns.createdAt), desc(repairReturns.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const counted = tx
    .select({ n: count() })
    .from(repairReturns)
    .innerJoin(workOrders, eq(workOrders.id, repairReturns.workOrderId))
    .innerJoin(customers, eq(customers.id, repairReturns.customerId))
    .where(where);
  const [page, [total]] = await sequentially(ids, counted);
  const views = await repairReturnViews(
    tx,
    ctx.tenantId,
    page.map((r) => r.id),
  );
  return {
    items: views.map(({ items, ...view }) => ({ ...view, itemCount: items.length })),
    total: total?.n ?? 0,
  };
}
