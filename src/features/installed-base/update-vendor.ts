import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { VendorBody, VendorView } from './brand-vendor.schemas';
import { vendors } from './installed-base.table';
import { blankToNull } from './references';
import { syncVendorContacts } from './sync-vendor-contacts';
import { assertVendorNameFree, auditedVendor, findVendorForUpdate, getVendor } from './vendor-view';

/** Edits a live vendor and its contacts as one change. */
export async function updateVendor(
  tx: Tx,
  ctx: RequestContext,
  vendorId: string,
  input: VendorBody,
): Promise<VendorView> {
  const row = await findVendorForUpdate(tx, ctx.tenantId, vendorId);
  if (row.cancelledAt) throw new AppError('RECORD_CANCELLED');
  await assertVendorNameFree(tx, ctx.tenantId, input.name, vendorId);
  const before = await getVendor(tx, ctx.tenantId, vendorId);
  const now = ctx.clock.now();
  await tx
    .update(vendors)
    .set({
      name: input.name,
      kind: input.kind,
      phone: blankToNull(input.phone),
      email: blankToNull(input.email),
      address: blankToNull(input.address),
      note: blankToNull(input.note),
      updatedAt: now,
    })
    .where(eq(vendors.id, vendorId));
  await syncVendorContacts(tx, ctx.tenantId, vendorId, input.contacts, now);
  const after = await getVendor(tx, ctx.tenantId, vendorId);
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'vendor.update',
      objectType: 'vendor',
      objectId: vendorId,
      before: auditedVendor(before),
      after: auditedVendor(after),
    },
    ctx.clock,
  );
  return after;
}
