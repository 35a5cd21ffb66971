import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { VendorBody, VendorView } from './brand-vendor.schemas';
import { vendors } from './installed-base.table';
import { blankToNull } from './references';
import { syncVendorContacts } from './sync-vendor-contacts';
import { assertVendorNameFree, auditedVendor, getVendor } from './vendor-view';

export async function createVendor(
  tx: Tx,
  ctx: RequestContext,
  input: VendorBody,
): Promise<VendorView> {
  await assertVendorNameFree(tx, ctx.tenantId, input.name);
  const [row] = await tx
    .insert(vendors)
    .values({
      tenantId: ctx.tenantId,
      name: input.name,
      kind: input.kind,
      phone: blankToNull(input.phone),
      email: blankToNull(input.email),
      address: blankToNull(input.address),
      note: blankToNull(input.note),
    })
    .returning();
  const contacts = input.contacts.map(({ id: _ignored, ...contact }) => contact);
  await syncVendorContacts(tx, ctx.tenantId, row!.id, contacts, ctx.clock.now());
  const view = await getVendor(tx, ctx.tenantId, row!.id);
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'vendor.create',
      objectType: 'vendor',
      objectId: view.id,
      after: auditedVendor(view),
      isNew: true,
    },
    ctx.clock,
  );
  return view;
}
