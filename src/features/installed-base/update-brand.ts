import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { BrandBody, BrandView } from './brand-vendor.schemas';
import { assertBrandNameFree, findBrandForUpdate, toBrandView } from './brand-view';
import { brands } from './installed-base.table';

/** Renames a live brand; models keep pointing at it. */
export async function updateBrand(
  tx: Tx,
  ctx: RequestContext,
  brandId: string,
  input: BrandBody,
): Promise<BrandView> {
  const before = await findBrandForUpdate(tx, ctx.tenantId, brandId);
  if (before.cancelledAt) throw new AppError('RECORD_CANCELLED');
  await assertBrandNameFree(tx, ctx.tenantId, input.name, brandId);
  const [after] = await tx
    .update(brands)
    .set({ name: input.name })
    .where(eq(brands.id, brandId))
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'brand.update',
      objectType: 'brand',
      objectId: brandId,
      before: { name: before.name },
      after: { name: after!.name },
    },
    ctx.clock,
  );
  return toBrandView(after!);
}
