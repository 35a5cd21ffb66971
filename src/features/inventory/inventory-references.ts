import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { parts, warehouses } from './inventory.table';

export type PartRow = typeof parts.$inferSelect;
export type WarehouseRow = typeof warehouses.$inferSelect;

const FIELD_NAMES = {
  part: ['备件', 'part'],
  warehouse: ['仓库', 'warehouse'],
  model: ['产品型号', 'product model'],
  technician: ['维修人员', 'technician'],
  customer: ['客户', 'customer'],
  repairReturn: ['返修单', 'repair return'],
} as const;

export function unknownReference(field: keyof typeof FIELD_NAMES): AppError {
  const [fieldZh, fieldEn] = FIELD_NAMES[field];
  return new AppError('UNKNOWN_REFERENCE', { fieldZh, fieldEn });
}

/** A part of this tenant; live unless `allowCancelled` (stock already on hand may still move). */
export async function requirePart(
  db: Queryable,
  tenantId: string,
  partId: string,
  options: { allowCancelled: boolean },
): Promise<PartRow> {
  const [row] = await db
    .select()
    .from(parts)
    .where(and(eq(parts.tenantId, tenantId), eq(parts.id, partId)));
  if (!row || (row.cancelledAt && !options.allowCancelled)) throw unknownReference('part');
  return row;
}

/** A warehouse of this tenant; live unless `allowCancelled` (stock may still leave it). */
export async function requireWarehouse(
  db: Queryable,
  tenantId: string,
  warehouseId: string,
  options: { allowCancelled: boolean },
): Promise<WarehouseRow> {
  const [row] = await db
    .select()
    .from(warehouses)
    .where(and(eq(warehouses.tenantId, tenantId), eq(warehouses.id, warehouseId)));
  if (!row || (row.cancelledAt && !options.allowCancelled)) throw unknownReference('warehouse');
  return row;
}

/** The technician's live van (随车库), or NO_VAN_WAREHOUSE. */
export async function vanOf(
  db: Queryable,
  tenantId: string,
  technicianId: string | null,
): Promise<WarehouseRow> {
  if (!technicianId) throw new AppError('NO_VAN_WAREHOUSE');
  const [van] = await findVan(db, tenantId, technicianId);
  if (!van) throw new AppError('NO_VAN_WAREHOUSE');
  return van;
}

export function findVan(db: Queryable, tenantId: string, technicianId: string) {
  return db
    .select()
    .from(warehouses)
    .where(
      and(
        eq(warehouses.tenantId, tenantId),
        eq(warehouses.technicianId, technicianId),
        eq(warehouses.kind, 'van'),
        isNull(warehouses.cancelledAt),
      ),
    );
}
