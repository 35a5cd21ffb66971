import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { ReceiveBody, StockRow } from './inventory.schemas';
import { moveStock } from './move-stock';
import { stockRowsOf } from './stock-view';

/** 入库: parts received from a supplier into a warehouse. */
export async function receiveStock(
  tx: Tx,
  ctx: RequestContext,
  input: ReceiveBody,
): Promise<StockRow> {
  await moveStock(tx, ctx, {
    kind: 'receive',
    partId: input.partId,
    quantity: input.quantity,
    toWarehouseId: input.warehouseId,
    serialNumbers: input.serialNumbers,
    reason: input.reason,
  });
  const [row] = await stockRowsOf(tx, ctx.tenantId, [input]);
  return row!;
}
