import { and, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db';
import { users } from '../accounts/accounts.table';
import { repairReturns } from '../repair-returns/repair-returns.table';
import { workOrders } from '../work-orders/work-orders.table';
import type { MovementView } from './inventory.schemas';
import { parts, stockCounts, stockMovements, warehouses } from './inventory.table';

const fromWarehouse = alias(warehouses, 'from_warehouse');
const toWarehouse = alias(warehouses, 'to_warehouse');

/** Ledger rows by id with the names and numbers they point at, in the order of `ids`. */
export async function movementViews(
  db: Queryable,
  tenantId: string,
  ids: string[],
): Promise<MovementView[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      m: stockMovements,
      partCode: parts.code,
      partName: parts.name,
      fromName: fromWarehouse.name,
      toName: toWarehouse.name,
      actorName: users.displayName,
      workOrderNumber: workOrders.number,
      returnNumber: repairReturns.number,
      countNumber: stockCounts.number,
    })
    .from(stockMovements)
    .innerJoin(parts, eq(parts.id, stockMovements.partId))
    .innerJoin(users, eq(users.id, stockMovements.actorId))
    .leftJoin(fromWarehouse, eq(fromWarehouse.id, stockMovements.fromWarehouseId))
    .leftJoin(toWarehouse, eq(toWarehouse.id, stockMovements.toWarehouseId))
    .leftJoin(workOrders, eq(workOrders.id, stockMovements.workOrderId))
    .leftJoin(repairReturns, eq(repairReturns.id, stockMovements.repairReturnId))
    .leftJoin(stockCounts, eq(stockCounts.id, stockMovements.stockCountId))
    .where(and(eq(stockMovements.tenantId, tenantId), inArray(stockMovements.id, ids)));
  const byId = new Map(rows.map((r) => [r.m.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const { m } = r;
    const numbered = (refId: string | null, number: string | null) =>
      refId ? { id: refId, number: number ?? '' } : null;
    return [
      {
        id: m.id,
        kind: m.kind,
        part: { id: m.partId, code: r.partCode, name: r.partName },
        quantity: m.quantity,
        from: m.fromWarehouseId ? { id: m.fromWarehouseId, name: r.fromName ?? '' } : null,
        to: m.toWarehouseId ? { id: m.toWarehouseId, name: r.toName ?? '' } : null,
        serialNumber: m.serialNumber,
        workOrder: numbered(m.workOrderId, r.workOrderNumber),
        repairReturn: numbered(m.repairReturnId, r.returnNumber),
        stockCount: numbered(m.stockCountId, r.countNumber),
        reason: m.reason,
        actor: { id: m.actorId, name: r.actorName },
        at: m.at.toISOString(),
      },
    ];
  });
}
