import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { VAN_PART_JOBS } from './inventory-demo-jobs';
import { countTheOutlet, type DemoStores, stockTheStores } from './inventory-demo-stock';
import { openReturnsWorld } from './returns-demo-world';
import type { DemoAsset } from './seed-installed-base-demo';

/** Each van-part job opens one work order (from a hotline call), closed and signed. */
export const INVENTORY_DEMO_ORDERS = VAN_PART_JOBS.length;

export interface InventoryDemo extends DemoStores {
  /** Devices the parts stories worked on: other stories leave them be. */
  usedDevices: ReadonlySet<string>;
}

/**
 * Spare parts in use (备品备件): the catalogue, the central and outlet stores and the vans, the
 * ledger of receipts, transfers and a write-off, reorder points with one part at its point,
 * parts issued from the vans to two work orders, a posted stock count with one difference,
 * and the loaner units — all through the real use cases, two months back to today.
 */
export async function seedInventoryDemo(
  db: Db,
  clock: Clock,
  tenantId: string,
  installed: readonly DemoAsset[],
): Promise<InventoryDemo> {
  const world = await openReturnsWorld(db, clock, tenantId, installed);
  const stores = await world.run(stockTheStores);
  const usedDevices = new Set<string>();
  for (const job of VAN_PART_JOBS) usedDevices.add(await world.run((w) => job(w, stores)));
  await world.run((w) => countTheOutlet(w, stores));
  return { ...stores, usedDevices };
}
