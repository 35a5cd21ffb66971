import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { WarehouseBody, WarehouseView } from './inventory.schemas';
import { warehouses } from './inventory.table';
import { auditedWarehouse, checkWarehouse, getWarehouse } from './warehouse-view';

/** Edits a live warehouse; a van may pass to another technician (who has no van yet). */
export async function updateWarehouse(
  tx: Tx,
  ctx: RequestContext,
  warehouseId: string,
  input: WarehouseBody,
): Promise<WarehouseView> {
  const [before] = await tx
    .select()
    .from(warehouses)
    .where(and(eq(warehouses.tenantId, ctx.tenantId), eq(warehouses.id, warehouseId)))
    .for('update');
  if (!before) throw new AppError('NOT_FOUND');
  if (before.cancelledAt) throw new AppError('RECORD_CANCELLED');
  await checkWarehouse(tx, ctx.tenantId, input, warehouseId);
  const [after] = await tx
    .update(warehouses)
    .set({
      code: input.code,
      name: input.name,
      kind: input.kind,
      technicianId: input.kind === 'van' ? (input.technicianId ?? null) : null,
      address: input.address || null,
      updatedAt: ctx.clock.now(),
    })
    .where(eq(warehouses.id, warehouseId))
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'warehouse.update',
      objectType: 'warehouse',
      objectId: warehouseId,
      before: auditedWarehouse(before),
      after: auditedWarehouse(after!),
    },
    ctx.clock,
  );
  return getWarehouse(tx, ctx.tenantId, warehouseId);
}
