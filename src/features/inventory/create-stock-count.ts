import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { localDay, nextDailyNumber } from '../../platform/numbering/next-number';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { requireWarehouse } from './inventory-references';
import type { CreateStockCountBody, StockCountView } from './inventory.schemas';
import { parts, stockCountLines, stockCounts, stockLevels } from './inventory.table';
import { getStockCount } from './stock-count-view';

/**
 * 盘点: opens a count of one warehouse (PD-20261128-0001) listing every part stocked there
 * with its book quantity now as the expected quantity (cancelled parts only while some is left).
 */
export async function createStockCount(
  tx: Tx,
  ctx: RequestContext,
  input: CreateStockCountBody,
): Promise<StockCountView> {
  await requireWarehouse(tx, ctx.tenantId, input.warehouseId, { allowCancelled: false });
  const now = ctx.clock.now();
  const day = localDay(now, ctx.tenantTimezone);
  const number = ctx.reserveNumber
    ? await ctx.reserveNumber('PD', day)
    : await nextDailyNumber(tx, ctx.tenantId, 'PD', day);
  const [count] = await tx
    .insert(stockCounts)
    .values({
      tenantId: ctx.tenantId,
      number,
      warehouseId: input.warehouseId,
      status: 'open',
      note: input.note || null,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const stocked = await tx
    .select({ partId: stockLevels.partId, quantity: stockLevels.quantity })
    .from(stockLevels)
    .innerJoin(parts, eq(parts.id, stockLevels.partId))
    .where(
      and(
        eq(stockLevels.tenantId, ctx.tenantId),
        eq(stockLevels.warehouseId, input.warehouseId),
        or(isNull(parts.cancelledAt), gt(stockLevels.quantity, 0)),
      ),
    );
  if (stocked.length > 0)
    await tx.insert(stockCountLines).values(
      stocked.map((s) => ({
        tenantId: ctx.tenantId,
        countId: count!.id,
        partId: s.partId,
        expectedQuantity: s.quantity,
      })),
    );
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'stockCount.create',
      objectType: 'stockCount',
      objectId: count!.id,
      after: { number, warehouseId: input.warehouseId, lines: stocked.length },
      isNew: true,
    },
    ctx.clock,
  );
  return getStockCount(tx, ctx.tenantId, count!.id);
}
