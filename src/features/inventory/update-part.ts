import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { CatalogPartView, UpdatePartBody } from './inventory.schemas';
import { parts, stockMovements } from './inventory.table';
import { modelIdsOf, setPartModels } from './part-models';
import { assertPartCodeFree, auditedPart, findPartForUpdate, getPart } from './part-view';

/**
 * Edits a live part at the version read. Whether it is serial-tracked is fixed once stock has
 * moved: the units in `stock_units` and the quantities must keep agreeing.
 */
export async function updatePart(
  tx: Tx,
  ctx: RequestContext,
  partId: string,
  input: UpdatePartBody,
): Promise<CatalogPartView> {
  const before = await findPartForUpdate(tx, ctx.tenantId, partId, input.version);
  if (before.cancelledAt) throw new AppError('RECORD_CANCELLED');
  if (input.code !== before.code) await assertPartCodeFree(tx, ctx.tenantId, input.code, partId);
  if (input.serialTracked !== before.serialTracked) {
    const [moved] = await tx
      .select({ id: stockMovements.id })
      .from(stockMovements)
      .where(and(eq(stockMovements.tenantId, ctx.tenantId), eq(stockMovements.partId, partId)))
      .limit(1);
    if (moved) throw new AppError('SERIAL_TRACKING_LOCKED');
  }
  const modelsBefore = await modelIdsOf(tx, ctx.tenantId, partId);
  const [after] = await tx
    .update(parts)
    .set({
      code: input.code,
      name: input.name,
      unit: input.unit,
      serialTracked: input.serialTracked,
      priceCents: input.priceCents,
      note: input.note || null,
      version: before.version + 1,
      updatedAt: ctx.clock.now(),
    })
    .where(eq(parts.id, partId))
    .returning();
  await setPartModels(tx, ctx.tenantId, partId, input.modelIds, modelsBefore);
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'part.update',
      objectType: 'part',
      objectId: partId,
      before: auditedPart(before, modelsBefore),
      after: auditedPart(after!, input.modelIds),
    },
    ctx.clock,
  );
  return getPart(tx, ctx.tenantId, partId);
}
