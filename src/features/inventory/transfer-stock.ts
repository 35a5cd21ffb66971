import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { StockRow, TransferBody } from './inventory.schemas';
import { moveStock } from './move-stock';
import { stockRowsOf } from './stock-view';

/** 调拨: parts from one warehouse to another (e.g. the central store restocks a van). */
export async function transferStock(
  tx: Tx,
  ctx: RequestContext,
  input: TransferBody,
): Promise<StockRow[]> {
  await moveStock(tx, ctx, {
    kind: 'transfer',
    partId: input.partId,
    quantity: input.quantity,
    fromWarehouseId: input.fromWarehouseId,
    toWarehouseId: input.toWarehouseId,
    serialNumbers: input.serialNumbers,
    reason: input.reason,
  });
  return stockRowsOf(tx, ctx.tenantId, [
    { warehouseId: input.fromWarehouseId, partId: input.partId },
    { warehouseId: input.toWarehouseId, partId: input.partId },
  ]);
}
