import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { warehouses } from './inventory.table';

/**
 * Whose stock a user may see: staff see every warehouse; a technician with no other role sees
 * only their own van (its stock and its movements). Lists and single reads use the same rule.
 */
export const seesOnlyOwnVan = (ctx: RequestContext): boolean =>
  ctx.user.roles.every((role) => role === 'technician');

/** The warehouses the user is limited to (their vans, past ones included), or null for all. */
export async function visibleWarehouseIds(tx: Tx, ctx: RequestContext): Promise<string[] | null> {
  if (!seesOnlyOwnVan(ctx)) return null;
  const vans = await tx
    .select({ id: warehouses.id })
    .from(warehouses)
    .where(and(eq(warehouses.tenantId, ctx.tenantId), eq(warehouses.technicianId, ctx.user.id)));
  return vans.map((v) => v.id);
}
