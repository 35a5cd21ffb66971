import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { requirePart, requireWarehouse } from './inventory-references';
import type { ReorderLevelBody, StockRow } from './inventory.schemas';
import { stockLevels } from './inventory.table';
import { stockRowsOf } from './stock-view';

/** Sets or clears a part's reorder point (再订货点) in one warehouse, stocked or not yet. */
export async function setReorderLevel(
  tx: Tx,
  ctx: RequestContext,
  input: ReorderLevelBody,
): Promise<StockRow> {
  await requirePart(tx, ctx.tenantId, input.partId, { allowCancelled: false });
  await requireWarehouse(tx, ctx.tenantId, input.warehouseId, { allowCancelled: false });
  const key = and(
    eq(stockLevels.tenantId, ctx.tenantId),
    eq(stockLevels.warehouseId, input.warehouseId),
    eq(stockLevels.partId, input.partId),
  );
  const [before] = await tx
    .select({ reorderLevel: stockLevels.reorderLevel })
    .from(stockLevels)
    .where(key);
  const now = ctx.clock.now();
  await tx
    .insert(stockLevels)
    .values({
      tenantId: ctx.tenantId,
      warehouseId: input.warehouseId,
      partId: input.partId,
      reorderLevel: input.reorderLevel,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [stockLevels.tenantId, stockLevels.warehouseId, stockLevels.partId],
      set: { reorderLevel: input.reorderLevel, updatedAt: now },
    });
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'stock.reorderLevel',
      objectType: 'part',
      objectId: input.partId,
      before: { warehouseId: input.warehouseId, reorderLevel: before?.reorderLevel ?? null },
      after: { warehouseId: input.warehouseId, reorderLevel: input.reorderLevel },
    },
    ctx.clock,
  );
  const [row] = await stockRowsOf(tx, ctx.tenantId, [input]);
  return row!;
}
