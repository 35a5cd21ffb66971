import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { users } from '../accounts/accounts.table';
import { unknownReference, type WarehouseRow } from './inventory-references';
import type { WarehouseBody, WarehouseView } from './inventory.schemas';
import { warehouses } from './inventory.table';

/** Warehouses by id with their van's technician, in the order of `ids`. */
export async function warehouseViews(
  db: Queryable,
  tenantId: string,
  ids: string[],
): Promise<WarehouseView[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ warehouse: warehouses, technicianName: users.displayName })
    .from(warehouses)
    .leftJoin(users, eq(users.id, warehouses.technicianId))
    .where(and(eq(warehouses.tenantId, tenantId), inArray(warehouses.id, ids)))
    .orderBy(asc(warehouses.code));
  const byId = new Map(rows.map((r) => [r.warehouse.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [toWarehouseView(r.warehouse, r.technicianName)] : [];
  });
}

export function toWarehouseView(w: WarehouseRow, technicianName: string | null): WarehouseView {
  return {
    id: w.id,
    code: w.code,
    name: w.name,
    kind: w.kind,
    technician: w.technicianId ? { id: w.technicianId, name: technicianName ?? '' } : null,
    address: w.address,
    cancelled: w.cancelledAt !== null,
  };
}

export async function getWarehouse(
  db: Queryable,
  tenantId: string,
  warehouseId: string,
): Promise<WarehouseView> {
  const [view] = await warehouseViews(db, tenantId, [warehouseId]);
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}

/**
 * What a new or edited warehouse must respect: a unique code, and for a van an active
 * technician of the tenant who has no other live van.
 */
export async function checkWarehouse(
  db: Queryable,
  tenantId: string,
  input: WarehouseBody,
  exceptId?: string,
): Promise<void> {
  const [taken] = await db
    .select({ id: warehouses.id })
    .from(warehouses)
    .where(and(eq(warehouses.tenantId, tenantId), eq(warehouses.code, input.code)));
  if (taken && taken.id !== exceptId) throw new AppError('WAREHOUSE_CODE_TAKEN');
  if (input.kind !== 'van' || !input.technicianId) return;
  const [technician] = await db
    .select({ roles: users.roles, isDisabled: users.isDisabled })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, input.technicianId)));
  if (!technician || technician.isDisabled || !technician.roles.includes('technician'))
    throw unknownReference('technician');
  const vans = await db
    .select({ id: warehouses.id, cancelledAt: warehouses.cancelledAt })
    .from(warehouses)
    .where(and(eq(warehouses.tenantId, tenantId), eq(warehouses.technicianId, input.technicianId)));
  if (vans.some((v) => v.id !== exceptId && v.cancelledAt === null))
    throw new AppError('VAN_TAKEN');
}

export function auditedWarehouse(w: WarehouseRow): Record<string, unknown> {
  return {
    code: w.code,
    name: w.name,
    kind: w.kind,
    technicianId: w.technicianId,
    address: w.address,
  };
}
