import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { StockUnitStatus } from './inventory.states';
import { stockUnits } from './inventory.table';

/**
 * The serial numbers of one movement of a serial-tracked part: one per unit, no repeats. For a
 * part counted by quantity alone there must be none.
 */
export function checkSerials(
  serialTracked: boolean,
  quantity: number,
  serialNumbers: readonly string[] | undefined,
): string[] {
  const serials = (serialNumbers ?? []).map((s) => s.trim());
  if (!serialTracked) {
    if (serials.length > 0) throw new AppError('VALIDATION_FAILED');
    return [];
  }
  if (serials.length !== quantity || new Set(serials).size !== serials.length)
    throw new AppError('SERIAL_REQUIRED');
  if (serials.some((s) => s === '')) throw new AppError('SERIAL_REQUIRED');
  return serials;
}

/**
 * Units leave a warehouse: each must be in stock there (SERIAL_NOT_IN_STOCK otherwise). The
 * update is conditional, so two movements racing for one unit cannot both take it.
 */
export async function takeUnitsOut(
  tx: Tx,
  tenantId: string,
  partId: string,
  fromWarehouseId: string,
  serials: readonly string[],
  next: { status: StockUnitStatus; warehouseId: string | null; at: Date },
): Promise<void> {
  if (serials.length === 0) return;
  const moved = await tx
    .update(stockUnits)
    .set({ status: next.status, warehouseId: next.warehouseId, updatedAt: next.at })
    .where(
      and(
        eq(stockUnits.tenantId, tenantId),
        eq(stockUnits.partId, partId),
        inArray(stockUnits.serialNumber, [...serials]),
        eq(stockUnits.status, 'in_stock'),
        eq(stockUnits.warehouseId, fromWarehouseId),
      ),
    )
    .returning({ id: stockUnits.id });
  if (moved.length !== serials.length) throw new AppError('SERIAL_NOT_IN_STOCK');
}

/**
 * Units come into a warehouse from outside (received, returned from a job, taken in, found):
 * new serials are added, units that went out come back; one already in stock anywhere is
 * refused (SERIAL_ALREADY_IN_STOCK).
 */
export async function bringUnitsIn(
  tx: Tx,
  tenantId: string,
  partId: string,
  toWarehouseId: string,
  serials: readonly string[],
  at: Date,
): Promise<void> {
  if (serials.length === 0) return;
  const arrived = await tx
    .insert(stockUnits)
    .values(
      serials.map((serialNumber) => ({
        tenantId,
        partId,
        serialNumber,
        status: 'in_stock' as const,
        warehouseId: toWarehouseId,
        updatedAt: at,
      })),
    )
    .onConflictDoUpdate({
      target: [stockUnits.tenantId, stockUnits.partId, stockUnits.serialNumber],
      set: { status: 'in_stock', warehouseId: toWarehouseId, updatedAt: at },
      // The unit as it is now (not the proposed row): only one that is out may come back.
      setWhere: sql`stock_units.status <> 'in_stock'`,
    })
    .returning({ id: stockUnits.id });
  if (arrived.length !== serials.length) throw new AppError('SERIAL_ALREADY_IN_STOCK');
}
