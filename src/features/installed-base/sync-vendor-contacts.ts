import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { VendorContactInput } from './brand-vendor.schemas';
import { vendorContacts } from './installed-base.table';
import { blankToNull } from './references';

/**
 * Makes the vendor's live contacts match the form: listed ids are edited, new entries added,
 * live contacts left out are cancelled (repair returns may still name them).
 */
export async function syncVendorContacts(
  tx: Tx,
  tenantId: string,
  vendorId: string,
  wanted: VendorContactInput[],
  now: Date,
): Promise<void> {
  const live = await tx
    .select({ id: vendorContacts.id })
    .from(vendorContacts)
    .where(
      and(
        eq(vendorContacts.tenantId, tenantId),
        eq(vendorContacts.vendorId, vendorId),
        isNull(vendorContacts.cancelledAt),
      ),
    );
  const liveIds = new Set(live.map((c) => c.id));
  const keptIds = new Set(wanted.flatMap((c) => (c.id ? [c.id] : [])));
  for (const id of keptIds) if (!liveIds.has(id)) throw new AppError('NOT_FOUND');
  for (const { id } of live) {
    if (!keptIds.has(id))
      await tx.update(vendorContacts).set({ cancelledAt: now }).where(eq(vendorContacts.id, id));
  }
  for (const contact of wanted) {
    const fields = {
      name: contact.name,
      phone: blankToNull(contact.phone),
      email: blankToNull(contact.email),
      title: blankToNull(contact.title),
    };
    if (contact.id)
      await tx.update(vendorContacts).set(fields).where(eq(vendorContacts.id, contact.id));
    else await tx.insert(vendorContacts).values({ tenantId, vendorId, ...fields });
  }
}
