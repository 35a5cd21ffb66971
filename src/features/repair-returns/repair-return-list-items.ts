import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import { type Queryable, sequentially } from '../../platform/db';
import { users } from '../accounts/accounts.table';
import { customers } from '../customers/customers.table';
import { vendors } from '../installed-base/installed-base.table';
import { workOrders } from '../work-orders/work-orders.table';
import type { RepairReturnListItem } from './repair-return.schemas';
import { repairReturnItems, repairReturnNotices, repairReturns } from './repair-returns.table';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A chase is overdue once it has been due for a day without being made. */
export function chaseOverdueBefore(now: Date): Date {
  return new Date(now.getTime() - DAY_MS);
}

export function isChaseOverdue(nextChaseAt: Date | null, now: Date): boolean {
  return nextChaseAt !== null && nextChaseAt < chaseOverdueBefore(now);
}

/** Whole days from shipping until the item came back (or until now); null if never shipped. */
export function daysAtVendor(
  shippedAt: Date | null,
  backAt: Date | null,
  now: Date,
): number | null {
  if (!shippedAt) return null;
  return Math.max(0, Math.floor(((backAt ?? now).getTime() - shippedAt.getTime()) / DAY_MS));
}

/**
 * Repair returns as list rows, in the order of `ids` (ids not in this tenant are left out):
 * the shape the list, the board and the notices share.
 */
export async function repairReturnListItems(
  db: Queryable,
  tenantId: string,
  ids: readonly string[],
  now: Date,
): Promise<RepairReturnListItem[]> {
  if (ids.length === 0) return [];
  const wanted = [...new Set(ids)];
  const [rows, items, openNotices] = await sequentially(
    db
      .select({
        rr: repairReturns,
        workOrderNumber: workOrders.number,
        customerName: customers.name,
        vendorName: vendors.name,
        takenByName: users.displayName,
      })
      .from(repairReturns)
      .innerJoin(workOrders, eq(workOrders.id, repairReturns.workOrderId))
      .innerJoin(customers, eq(customers.id, repairReturns.customerId))
      .innerJoin(users, eq(users.id, repairReturns.takenBy))
      .leftJoin(vendors, eq(vendors.id, repairReturns.vendorId))
      .where(and(eq(repairReturns.tenantId, tenantId), inArray(repairReturns.id, wanted))),
    db
      .select({
        repairReturnId: repairReturnItems.repairReturnId,
        description: repairReturnItems.description,
      })
      .from(repairReturnItems)
      .where(
        and(
          eq(repairReturnItems.tenantId, tenantId),
          inArray(repairReturnItems.repairReturnId, wanted),
        ),
      )
      .orderBy(asc(repairReturnItems.seq)),
    db
      .selectDistinct({ repairReturnId: repairReturnNotices.repairReturnId })
      .from(repairReturnNotices)
      .where(
        and(
          eq(repairReturnNotices.tenantId, tenantId),
          inArray(repairReturnNotices.repairReturnId, wanted),
          isNull(repairReturnNotices.doneAt),
          lte(repairReturnNotices.dueAt, now),
        ),
      ),
  );
  const noticeDue = new Set(openNotices.map((n) => n.repairReturnId));
  const itemsOf = new Map<string, string[]>();
  for (const item of items) {
    const list = itemsOf.get(item.repairReturnId) ?? [];
    list.push(item.description);
    itemsOf.set(item.repairReturnId, list);
  }
  const byId = new Map(
    rows.map(({ rr, ...j }): [string, RepairReturnListItem] => {
      const descriptions = itemsOf.get(rr.id) ?? [];
      return [
        rr.id,
        {
          id: rr.id,
          number: rr.number,
          status: rr.status,
          source: rr.source,
          urgent: rr.urgent,
          workOrder: { id: rr.workOrderId, number: j.workOrderNumber },
          customer: { id: rr.customerId, name: j.customerName },
          vendor: rr.vendorId && j.vendorName ? { id: rr.vendorId, name: j.vendorName } : null,
          takenBy: { id: rr.takenBy, name: j.takenByName },
          takenAt: rr.takenAt.toISOString(),
          itemCount: descriptions.length,
          firstItem: descriptions[0] ?? '',
          expectedReturnOn: rr.expectedReturnOn,
          nextChaseAt: rr.nextChaseAt?.toISOString() ?? null,
          chaseOverdue: isChaseOverdue(rr.nextChaseAt, now),
          noticeDue: noticeDue.has(rr.id),
          daysAtVendor: daysAtVendor(rr.shippedAt, rr.backAt, now),
          version: rr.version,
          createdAt: rr.createdAt.toISOString(),
        },
      ];
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
