import { and, eq, gt, ne } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { CancelWarehouseBody, WarehouseView } from './inventory.schemas';
import { loanerUnits, stockLevels, warehouses } from './inventory.table';
import { getWarehouse } from './warehouse-view';

/** Cancels an empty warehouse (no stock, no loaner units but retired ones); a van frees its technician. */
export async function cancelWarehouse(
  tx: Tx,
  ctx: RequestContext,
  warehouseId: string,
  input: CancelWarehouseBody,
): Promise<WarehouseView> {
  const [before] = await tx
    .select()
    .from(warehouses)
    .where(and(eq(warehouses.tenantId, ctx.tenantId), eq(warehouses.id, warehouseId)))
    .for('update');
  if (!before) throw new AppError('NOT_FOUND');
  if (before.cancelledAt) throw new AppError('INVALID_TRANSITION');
  const [stock] = await tx
    .select({ id: stockLevels.id })
    .from(stockLevels)
    .where(
      and(
        eq(stockLevels.tenantId, ctx.tenantId),
        eq(stockLevels.warehouseId, warehouseId),
        gt(stockLevels.quantity, 0),
      ),
    )
    .limit(1);
  const [loaner] = await tx
    .select({ id: loanerUnits.id })
    .from(loanerUnits)
    .where(
      and(
        eq(loanerUnits.tenantId, ctx.tenantId),
        eq(loanerUnits.warehouseId, warehouseId),
        ne(loanerUnits.status, 'retired'),
      ),
    )
    .limit(1);
  if (stock || loaner) throw new AppError('WAREHOUSE_NOT_EMPTY');
  const now = ctx.clock.now();
  await tx
    .update(warehouses)
    .set({ cancelledAt: now, updatedAt: now })
    .where(eq(warehouses.id, warehouseId));
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'warehouse.cancel',
      objectType: 'warehouse',
      objectId: warehouseId,
      before: { cancelledAt: null },
      after: { cancelledAt: now.toISOString(), reason: input.reason ?? null },
    },
    ctx.clock,
  );
  return getWarehouse(tx, ctx.tenantId, warehouseId);
}
