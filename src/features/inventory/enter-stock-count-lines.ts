import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { requirePart } from './inventory-references';
import type { StockCountLinesBody, StockCountView } from './inventory.schemas';
import { stockCountLines, stockCounts, stockLevels } from './inventory.table';
import { getStockCount, openCountForUpdate } from './stock-count-view';

/**
 * Records counted quantities on an open count, at the version read. A part found on the shelf
 * that the count did not list joins it with its book quantity (zero if never stocked there).
 */
export async function enterStockCountLines(
  tx: Tx,
  ctx: RequestContext,
  countId: string,
  input: StockCountLinesBody,
): Promise<StockCountView> {
  const count = await openCountForUpdate(tx, ctx.tenantId, countId, input.version);
  const existing = await tx
    .select({ partId: stockCountLines.partId })
    .from(stockCountLines)
    .where(and(eq(stockCountLines.tenantId, ctx.tenantId), eq(stockCountLines.countId, countId)));
  const listed = new Set(existing.map((l) => l.partId));
  for (const line of input.lines) {
    if (listed.has(line.partId)) {
      await tx
        .update(stockCountLines)
        .set({ countedQuantity: line.countedQuantity })
        .where(
          and(
            eq(stockCountLines.tenantId, ctx.tenantId),
            eq(stockCountLines.countId, countId),
            eq(stockCountLines.partId, line.partId),
          ),
        );
      continue;
    }
    await requirePart(tx, ctx.tenantId, line.partId, { allowCancelled: false });
    const [level] = await tx
      .select({ quantity: stockLevels.quantity })
      .from(stockLevels)
      .where(
        and(
          eq(stockLevels.tenantId, ctx.tenantId),
          eq(stockLevels.warehouseId, count.warehouseId),
          eq(stockLevels.partId, line.partId),
        ),
      );
    await tx.insert(stockCountLines).values({
      tenantId: ctx.tenantId,
      countId,
      partId: line.partId,
      expectedQuantity: level?.quantity ?? 0,
      countedQuantity: line.countedQuantity,
    });
    listed.add(line.partId);
  }
  await tx
    .update(stockCounts)
    .set({ version: count.version + 1, updatedAt: ctx.clock.now() })
    .where(eq(stockCounts.id, countId));
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'stockCount.enterLines',
      objectType: 'stockCount',
      objectId: countId,
      after: { lines: input.lines },
    },
    ctx.clock,
  );
  return getStockCount(tx, ctx.tenantId, countId);
}
