import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { notify } from '../notifications';
import type { PartRow, WarehouseRow } from './inventory-references';
import type { LevelChange } from './reorder.rules';

/** Tells the warehouse keepers that a part fell to or below its reorder point in a warehouse. */
export async function alertBelowReorder(
  tx: Tx,
  ctx: RequestContext,
  part: PartRow,
  warehouse: WarehouseRow,
  change: LevelChange,
): Promise<void> {
  await notify(tx, ctx.tenantId, ctx.clock, {
    event: 'inventory.belowReorder',
    params: {
      part: `${part.code} ${part.name}`,
      warehouse: warehouse.name,
      quantity: change.after,
      reorderLevel: change.reorderLevel ?? 0,
    },
    to: { roles: ['warehouse_keeper'] },
    link: `/stock?warehouseId=${warehouse.id}&partId=${part.id}`,
  });
}
