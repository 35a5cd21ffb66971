import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { moveStock } from './move-stock';

export interface TakeInInput {
  repairReturnId: string;
  warehouseId: string;
  partId: string;
  quantity: number;
  serialNumbers?: readonly string[];
}

/**
 * Good parts left over from a repair return (剩余配件) go into a warehouse: a `take_in`
 * movement (one per serial number for a serial-tracked part). The caller checks the return's
 * state and audits it on the return.
 */
export async function takeInFromRepairReturn(
  tx: Tx,
  ctx: RequestContext,
  input: TakeInInput,
): Promise<{ movementIds: string[] }> {
  const { movementIds } = await moveStock(tx, ctx, {
    kind: 'take_in',
    partId: input.partId,
    quantity: input.quantity,
    toWarehouseId: input.warehouseId,
    serialNumbers: input.serialNumbers,
    repairReturnId: input.repairReturnId,
  });
  return { movementIds };
}
