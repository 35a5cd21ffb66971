import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import type { StockRow } from './inventory.schemas';
import { parts, stockLevels, stockUnits, warehouses } from './inventory.table';
import { isBelowReorder } from './reorder.rules';

/** Stock rows by stock-level id, in the order of `ids`, with the serials in stock. */
export async function stockRowsById(
  db: Queryable,
  tenantId: string,
  ids: string[],
): Promise<StockRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ level: stockLevels, warehouse: warehouses, part: parts })
    .from(stockLevels)
    .innerJoin(warehouses, eq(warehouses.id, stockLevels.warehouseId))
    .innerJoin(parts, eq(parts.id, stockLevels.partId))
    .where(and(eq(stockLevels.tenantId, tenantId), inArray(stockLevels.id, ids)));
  const trackedParts = [...new Set(rows.filter((r) => r.part.serialTracked).map((r) => r.part.id))];
  const units =
    trackedParts.length === 0
      ? []
      : await db
          .select({
            partId: stockUnits.partId,
            warehouseId: stockUnits.warehouseId,
            serialNumber: stockUnits.serialNumber,
          })
          .from(stockUnits)
          .where(
            and(
              eq(stockUnits.tenantId, tenantId),
              inArray(stockUnits.partId, trackedParts),
              inArray(stockUnits.warehouseId, [...new Set(rows.map((r) => r.warehouse.id))]),
              eq(stockUnits.status, 'in_stock'),
            ),
          )
          .orderBy(asc(stockUnits.serialNumber));
  const byId = new Map(rows.map((r) => [r.level.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const { level, warehouse, part } = r;
    return [
      {
        warehouse: { id: warehouse.id, name: warehouse.name, kind: warehouse.kind },
        part: {
          id: part.id,
          code: part.code,
          name: part.name,
          unit: part.unit,
          serialTracked: part.serialTracked,
        },
        quantity: level.quantity,
        reorderLevel: level.reorderLevel,
        belowReorder: isBelowReorder(level.quantity, level.reorderLevel),
        serialNumbers: units
          .filter((u) => u.partId === part.id && u.warehouseId === warehouse.id)
          .map((u) => u.serialNumber),
      },
    ];
  });
}

/** The stock rows of these (warehouse, part) pairs, in their order; a pair never stocked is left out. */
export async function stockRowsOf(
  db: Queryable,
  tenantId: string,
  pairs: readonly { warehouseId: string; partId: string }[],
): Promise<StockRow[]> {
  if (pairs.length === 0) return [];
  const found = await db
    .select({
      id: stockLevels.id,
      warehouseId: stockLevels.warehouseId,
      partId: stockLevels.partId,
    })
    .from(stockLevels)
    .where(
      and(
        eq(stockLevels.tenantId, tenantId),
        or(
          ...pairs.map((p) =>
            and(eq(stockLevels.warehouseId, p.warehouseId), eq(stockLevels.partId, p.partId)),
          ),
        ),
      ),
    );
  const idOf = (p: { warehouseId: string; partId: string }) =>
    found.find((f) => f.warehouseId === p.warehouseId && f.partId === p.partId)?.id;
  return stockRowsById(
    db,
    tenantId,
    pairs.flatMap((p) => idOf(p) ?? []),
  );
}
