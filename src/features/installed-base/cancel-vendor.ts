import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { VendorView } from './brand-vendor.schemas';
import type { CancelBody } from './common.schemas';
import { vendors } from './installed-base.table';
import { findVendorForUpdate, getVendor } from './vendor-view';

/** Cancels a vendor: not offered for new models; models and returns keep naming it. */
export async function cancelVendor(
  tx: Tx,
  ctx: RequestContext,
  vendorId: string,
  input: CancelBody,
): Promise<VendorView> {
  const before = await findVendorForUpdate(tx, ctx.tenantId, vendorId);
  if (before.cancelledAt) throw new AppError('INVALID_TRANSITION');
  const now = ctx.clock.now();
  await tx
    .update(vendors)
    .set({ cancelledAt: now, updatedAt: now })
    .where(eq(vendors.id, vendorId));
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'vendor.cancel',
      objectType: 'vendor',
      objectId: vendorId,
      before: { cancelledAt: null },
      after: { cancelledAt: now.toISOString(), reason: input.reason },
    },
    ctx.clock,
  );
  return getVendor(tx, ctx.tenantId, vendorId);
}
