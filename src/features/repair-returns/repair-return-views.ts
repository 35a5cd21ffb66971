import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { users } from '../accounts/accounts.table';
import { customers } from '../customers/customers.table';
import { assets } from '../installed-base/installed-base.table';
import { workOrderSignatures } from '../work-orders/on-site.table';
import { workOrders } from '../work-orders/work-orders.table';
import type { RepairReturnItemView, RepairReturnView } from './repair-return.schemas';
import { repairReturnItems, repairReturns } from './repair-returns.table';

/** Repair returns as views, in the order of `ids`; ids not in this tenant are left out. */
export async function repairReturnViews(
  db: Queryable,
  tenantId: string,
  ids: readonly string[],
): Promise<RepairReturnView[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      rr: repairReturns,
      workOrderNumber: workOrders.number,
      customerName: customers.name,
      serialNumber: assets.serialNumber,
      takenByName: users.displayName,
      signatureFileId: workOrderSignatures.fileId,
    })
    .from(repairReturns)
    .innerJoin(workOrders, eq(workOrders.id, repairReturns.workOrderId))
    .innerJoin(customers, eq(customers.id, repairReturns.customerId))
    .innerJoin(users, eq(users.id, repairReturns.takenBy))
    .leftJoin(assets, eq(assets.id, repairReturns.assetId))
    .leftJoin(workOrderSignatures, eq(workOrderSignatures.id, repairReturns.signatureId))
    .where(and(eq(repairReturns.tenantId, tenantId), inArray(repairReturns.id, [...ids])));
  const items = await db
    .select()
    .from(repairReturnItems)
    .where(
      and(
        eq(repairReturnItems.tenantId, tenantId),
        inArray(repairReturnItems.repairReturnId, [...ids]),
      ),
    )
    .orderBy(asc(repairReturnItems.seq));
  const itemsOf = (id: string): RepairReturnItemView[] =>
    items
      .filter((i) => i.repairReturnId === id)
      .map(({ seq, description, serialNumber, condition, accessories }) => ({
        seq,
        description,
        serialNumber,
        condition,
        accessories,
      }));
  const byId = new Map(
    rows.map(({ rr, ...j }): [string, RepairReturnView] => [
      rr.id,
      {
        id: rr.id,
        number: rr.number,
        status: rr.status,
        workOrder: { id: rr.workOrderId, number: j.workOrderNumber },
        customer: { id: rr.customerId, name: j.customerName },
        asset:
          rr.assetId && j.serialNumber ? { id: rr.assetId, serialNumber: j.serialNumber } : null,
        takenBy: { id: rr.takenBy, name: j.takenByName },
        takenAt: rr.takenAt.toISOString(),
        signatureImageUrl:
          rr.signatureId && j.signatureFileId
            ? `/api/work-orders/${rr.workOrderId}/signatures/${rr.signatureId}`
            : null,
        items: itemsOf(rr.id),
        version: rr.version,
        createdAt: rr.createdAt.toISOString(),
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
