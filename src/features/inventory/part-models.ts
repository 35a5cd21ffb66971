import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { productModels } from '../installed-base/installed-base.table';
import { unknownReference } from './inventory-references';
import { partModels } from './inventory.table';

/** The models a part is linked to now. */
export async function modelIdsOf(tx: Tx, tenantId: string, partId: string): Promise<string[]> {
  const rows = await tx
    .select({ modelId: partModels.modelId })
    .from(partModels)
    .where(and(eq(partModels.tenantId, tenantId), eq(partModels.partId, partId)));
  return rows.map((r) => r.modelId);
}

/**
 * Makes the part fit exactly these models (适用型号). A model newly linked must be live; a link
 * kept may point at a model cancelled since.
 */
export async function setPartModels(
  tx: Tx,
  tenantId: string,
  partId: string,
  wanted: readonly string[],
  current: readonly string[] = [],
): Promise<void> {
  const next = [...new Set(wanted)];
  const added = next.filter((id) => !current.includes(id));
  const dropped = current.filter((id) => !next.includes(id));
  if (added.length > 0) {
    const live = await tx
      .select({ id: productModels.id })
      .from(productModels)
      .where(
        and(
          eq(productModels.tenantId, tenantId),
          inArray(productModels.id, added),
          isNull(productModels.cancelledAt),
        ),
      );
    if (live.length !== added.length) throw unknownReference('model');
    await tx.insert(partModels).values(added.map((modelId) => ({ tenantId, partId, modelId })));
  }
  if (dropped.length > 0)
    await tx
      .delete(partModels)
      .where(
        and(
          eq(partModels.tenantId, tenantId),
          eq(partModels.partId, partId),
          inArray(partModels.modelId, dropped),
        ),
      );
}
