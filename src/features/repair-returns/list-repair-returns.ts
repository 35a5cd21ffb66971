import {
  and,
  count,
  desc,
  eq,
  exists,
  gte,
  ilike,
  inArray,
  isNull,
  lt,
  or,
  type SQL,
} from 'drizzle-orm';
import { containing, sequentially, type Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { customers } from '../customers/customers.table';
import { workOrders } from '../work-orders/work-orders.table';
import type { ListRepairReturnsQuery, RepairReturnListItem } from './repair-return.schemas';
import { chaseOverdueBefore, repairReturnListItems } from './repair-return-list-items';
import { repairReturnItems, repairReturns } from './repair-returns.table';

/**
 * The returns clerk's list: newest first; by status, vendor and overdue chase; searchable by
 * the return's or the order's number, the customer's name or an item's serial number.
 */
export async function listRepairReturns(
  tx: Tx,
  ctx: RequestContext,
  query: ListRepairReturnsQuery,
): Promise<{ items: RepairReturnListItem[]; total: number }> {
  const now = ctx.clock.now();
  const filters: (SQL | undefined)[] = [eq(repairReturns.tenantId, ctx.tenantId)];
  if (query.status?.length) filters.push(inArray(repairReturns.status, query.status));
  if (query.vendorId) filters.push(eq(repairReturns.vendorId, query.vendorId));
  if (query.chaseOverdue !== undefined) {
    const cutoff = chaseOverdueBefore(now);
    filters.push(
      query.chaseOverdue
        ? lt(repairReturns.nextChaseAt, cutoff)
        : or(isNull(repairReturns.nextChaseAt), gte(repairReturns.nextChaseAt, cutoff)),
    );
  }
  if (query.q) {
    const like = containing(query.q);
    filters.push(
      or(
        ilike(repairReturns.number, like),
        ilike(workOrders.number, like),
        ilike(customers.name, like),
        exists(
          tx
            .select({ one: repairReturnItems.id })
            .from(repairReturnItems)
            .where(
              and(
                eq(repairReturnItems.tenantId, ctx.tenantId),
                eq(repairReturnItems.repairReturnId, repairReturns.id),
                ilike(repairReturnItems.serialNumber, like),
              ),
            ),
        ),
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
  const items = await repairReturnListItems(
    tx,
    ctx.tenantId,
    page.map((r) => r.id),
    now,
  );
  return { items, total: total?.n ?? 0 };
}
