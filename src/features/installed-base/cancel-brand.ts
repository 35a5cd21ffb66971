import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { BrandView } from './brand-vendor.schemas';
import { findBrandForUpdate, toBrandView } from './brand-view';
import type { CancelBody } from './common.schemas';
import { brands } from './installed-base.table';

/** Cancels a brand: no new models may name it; existing ones keep it. The reason is audited. */
export async function cancelBrand(
  tx: Tx,
  ctx: RequestContext,
  brandId: string,
  input: CancelBody,
): Promise<BrandView> {
  const before = await findBrandForUpdate(tx, ctx.tenantId, brandId);
  if (before.cancelledAt) throw new AppError('INVALID_TRANSITION');
  const [after] = await tx
    .update(brands)
    .set({ cancelledAt: ctx.clock.now() })
    .where(eq(brands.id, brandId))
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'brand.cancel',
      objectType: 'brand',
      objectId: brandId,
      before: { cancelledAt: null },
      after: { cancelledAt: after!.cancelledAt!.toISOString(), reason: input.reason },
    },
    ctx.clock,
  );
  return toBrandView(after!);
}
