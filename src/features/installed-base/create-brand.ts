import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { BrandBody, BrandView } from './brand-vendor.schemas';
import { assertBrandNameFree, toBrandView } from './brand-view';
import { brands } from './installed-base.table';

export async function createBrand(
  tx: Tx,
  ctx: RequestContext,
  input: BrandBody,
): Promise<BrandView> {
  await assertBrandNameFree(tx, ctx.tenantId, input.name);
  const [row] = await tx
    .insert(brands)
    .values({ tenantId: ctx.tenantId, name: input.name })
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'brand.create',
      objectType: 'brand',
      objectId: row!.id,
      after: { name: row!.name },
      isNew: true,
    },
    ctx.clock,
  );
  return toBrandView(row!);
}
