import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { StockCountVersionBody, StockCountView } from './inventory.schemas';
import { parts, stockCountLines, stockCounts, stockLevels } from './inventory.table';
import { moveStock } from './move-stock';
import { getStockCount, openCountForUpdate } from './stock-count-view';

/**
 * Posts a count: every line must be counted (STOCK_COUNT_INCOMPLETE). The shelf is the truth
 * at posting time, so each part is adjusted to its counted quantity — the delta is counted −
 * the book quantity now, not − the snapshot: movements made while the count was open are not
 * undone twice. The levels are locked first, in part order, so nothing moves in between. A
 * serial-tracked part whose count differs is refused (SERIAL_REQUIRED): adjust its units by
 * serial number first, then post.
 */
export async function postStockCount(
  tx: Tx,
  ctx: RequestContext,
  countId: string,
  input: StockCountVersionBody,
): Promise<StockCountView> {
  const count = await openCountForUpdate(tx, ctx.tenantId, countId, input.version);
  const lines = await tx
    .select({
      partId: stockCountLines.partId,
      counted: stockCountLines.countedQuantity,
      serialTracked: parts.serialTracked,
    })
    .from(stockCountLines)
    .innerJoin(parts, eq(parts.id, stockCountLines.partId))
    .where(and(eq(stockCountLines.tenantId, ctx.tenantId), eq(stockCountLines.countId, countId)))
    .orderBy(asc(stockCountLines.partId));
  if (lines.some((l) => l.counted === null)) throw new AppError('STOCK_COUNT_INCOMPLETE');
  const books =
    lines.length === 0
      ? []
      : await tx
          .select({ partId: stockLevels.partId, quantity: stockLevels.quantity })
          .from(stockLevels)
          .where(
            and(
              eq(stockLevels.tenantId, ctx.tenantId),
              eq(stockLevels.warehouseId, count.warehouseId),
              inArray(
                stockLevels.partId,
                lines.map((l) => l.partId),
              ),
            ),
          )
          .orderBy(asc(stockLevels.partId))
          .for('update');
  const bookOf = new Map(books.map((b) => [b.partId, b.quantity]));
  const adjustments: { partId: string; delta: number; movementIds: string[] }[] = [];
  for (const line of lines) {
    const delta = line.counted! - (bookOf.get(line.partId) ?? 0);
    if (delta === 0) continue;
    if (line.serialTracked) throw new AppError('SERIAL_REQUIRED');
    const { movementIds } = await moveStock(tx, ctx, {
      kind: 'adjust',
      partId: line.partId,
      quantity: Math.abs(delta),
      fromWarehouseId: delta < 0 ? count.warehouseId : null,
      toWarehouseId: delta > 0 ? count.warehouseId : null,
      stockCountId: countId,
      reason: `盘点差异 ${count.number}`,
    });
    adjustments.push({ partId: line.partId, delta, movementIds });
  }
  const now = ctx.clock.now();
  await tx
    .update(stockCounts)
    .set({
      status: 'posted',
      postedBy: ctx.user.id,
      postedAt: now,
      version: count.version + 1,
      updatedAt: now,
    })
    .where(eq(stockCounts.id, countId));
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'stockCount.post',
      objectType: 'stockCount',
      objectId: countId,
      before: { status: 'open' },
      after: { status: 'posted', adjustments },
    },
    ctx.clock,
  );
  return getStockCount(tx, ctx.tenantId, countId);
}
