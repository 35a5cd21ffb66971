import { and, eq, gte, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { stockLevels } from './inventory.table';
import type { LevelChange } from './reorder.rules';

/**
 * Takes `quantity` out of a stock level in one conditional statement: the row is locked and
 * the condition checked again after any concurrent writer commits, so stock never goes below
 * zero however many issues race (0 rows ⇒ INSUFFICIENT_STOCK).
 */
export async function decreaseLevel(
  tx: Tx,
  tenantId: string,
  warehouseId: string,
  partId: string,
  quantity: number,
  at: Date,
): Promise<LevelChange> {
  const [row] = await tx
    .update(stockLevels)
    .set({ quantity: sql`${stockLevels.quantity} - ${quantity}`, updatedAt: at })
    .where(
      and(
        eq(stockLevels.tenantId, tenantId),
        eq(stockLevels.warehouseId, warehouseId),
        eq(stockLevels.partId, partId),
        gte(stockLevels.quantity, quantity),
      ),
    )
    .returning({ quantity: stockLevels.quantity, reorderLevel: stockLevels.reorderLevel });
  if (!row) throw new AppError('INSUFFICIENT_STOCK');
  return {
    warehouseId,
    before: row.quantity + quantity,
    after: row.quantity,
    reorderLevel: row.reorderLevel,
  };
}

/** Adds `quantity` to a stock level, creating it at the first receipt. */
export async function increaseLevel(
  tx: Tx,
  tenantId: string,
  warehouseId: string,
  partId: string,
  quantity: number,
  at: Date,
): Promise<LevelChange> {
  const [row] = await tx
    .insert(stockLevels)
    .values({ tenantId, warehouseId, partId, quantity, updatedAt: at })
    .onConflictDoUpdate({
      target: [stockLevels.tenantId, stockLevels.warehouseId, stockLevels.partId],
      set: { quantity: sql`stock_levels.quantity + ${quantity}`, updatedAt: at },
    })
    .returning({ quantity: stockLevels.quantity, reorderLevel: stockLevels.reorderLevel });
  return {
    warehouseId,
    before: row!.quantity - quantity,
    after: row!.quantity,
    reorderLevel: row!.reorderLevel,
  };
}
