import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { WarehouseBody, WarehouseView } from './inventory.schemas';
import { warehouses } from './inventory.table';
import { auditedWarehouse, checkWarehouse, getWarehouse } from './warehouse-view';

/** A central store, an outlet's store or a technician's van (随车库; one each). */
export async function createWarehouse(
  tx: Tx,
  ctx: RequestContext,
  input: WarehouseBody,
): Promise<WarehouseView> {
  await checkWarehouse(tx, ctx.tenantId, input);
  const [row] = await tx
    .insert(warehouses)
    .values({
      tenantId: ctx.tenantId,
      code: input.code,
      name: input.name,
      kind: input.kind,
      technicianId: input.kind === 'van' ? (input.technicianId ?? null) : null,
      address: input.address || null,
    })
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'warehouse.create',
      objectType: 'warehouse',
      objectId: row!.id,
      after: auditedWarehouse(row!),
      isNew: true,
    },
    ctx.clock,
  );
  return getWarehouse(tx, ctx.tenantId, row!.id);
}
