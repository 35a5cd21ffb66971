import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { AdjustBody, StockRow } from './inventory.schemas';
import { moveStock } from './move-stock';
import { stockRowsOf } from './stock-view';

/**
 * 调整: stock found or lost, always with a reason; a decrease never below zero
 * (INSUFFICIENT_STOCK). Serial-tracked units are named: found ones join, lost ones are written off.
 */
export async function adjustStock(
  tx: Tx,
  ctx: RequestContext,
  input: AdjustBody,
): Promise<StockRow> {
  const up = input.delta > 0;
  await moveStock(tx, ctx, {
    kind: 'adjust',
    partId: input.partId,
    quantity: Math.abs(input.delta),
    fromWarehouseId: up ? null : input.warehouseId,
    toWarehouseId: up ? input.warehouseId : null,
    serialNumbers: input.serialNumbers,
    reason: input.reason,
  });
  const [row] = await stockRowsOf(tx, ctx.tenantId, [input]);
  return row!;
}
