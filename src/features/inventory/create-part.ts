import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { CatalogPartView, PartBody } from './inventory.schemas';
import { parts } from './inventory.table';
import { setPartModels } from './part-models';
import { assertPartCodeFree, auditedPart, getPart } from './part-view';

/** A new spare part in the catalogue (备件), with the models it fits. */
export async function createPart(
  tx: Tx,
  ctx: RequestContext,
  input: PartBody,
): Promise<CatalogPartView> {
  await assertPartCodeFree(tx, ctx.tenantId, input.code);
  const [row] = await tx
    .insert(parts)
    .values({
      tenantId: ctx.tenantId,
      code: input.code,
      name: input.name,
      unit: input.unit,
      serialTracked: input.serialTracked,
      priceCents: input.priceCents,
      note: input.note || null,
    })
    .returning();
  await setPartModels(tx, ctx.tenantId, row!.id, input.modelIds);
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'part.create',
      objectType: 'part',
      objectId: row!.id,
      after: auditedPart(row!, input.modelIds),
      isNew: true,
    },
    ctx.clock,
  );
  return getPart(tx, ctx.tenantId, row!.id);
}
