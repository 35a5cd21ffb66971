import { and, asc, eq } from 'drizzle-orm';
import { auditEvents } from '../audit/audit.table';
import { createVendor, vendorBody } from '../installed-base';
import type { OnSiteWorld } from '../work-orders/on-site.test-fixtures';
import { driveReturnTo, takenBackReturn } from './repair-return.test-fixtures';

export const VENDOR_ADDRESS = '北京市朝阳区建国路 112 号';
/** A dispatch's carrier and tracking number. */
export const SENT = { carrier: '顺丰速运', trackingNumber: 'SF1234567890' };

/** A manufacturer with an after-sales contact; with its address on file unless told not to. */
export async function vendorWithContact(
  w: OnSiteWorld,
  name: string,
  options: { address?: string | null } = {},
) {
  const vendor = await w.as((tx) =>
    createVendor(
      tx,
      w.t.admin,
      vendorBody.parse({
        name,
        kind: 'manufacturer',
        phone: '400-810-3888',
        address: options.address === null ? undefined : (options.address ?? VENDOR_ADDRESS),
        contacts: [{ name: '刘工', phone: '010-65640000' }],
      }),
    ),
  );
  return { id: vendor.id, contactId: vendor.contacts[0]!.id };
}

/**
 * A printer in its replacement period (包换) taken back, tested, handed over and registered by
 * the clerk (with a vendor, if given).
 */
export async function registeredReturn(w: OnSiteWorld, vendorId?: string) {
  const rr = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
  return driveReturnTo(w, rr.id, 'registered', vendorId);
}

/** The audit actions on a record's chain, in order. */
export function auditActions(w: OnSiteWorld, objectType: string, id: string) {
  return w.as(async (tx) =>
    (
      await tx
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.tenantId, w.t.tenantId),
            eq(auditEvents.stream, `${objectType}:${id}`),
          ),
        )
        .orderBy(asc(auditEvents.seq))
    ).map((e) => e.action),
  );
}
