import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { localDay, nextDailyNumber } from '../../platform/numbering/next-number';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { vendorContacts, vendors } from '../installed-base/installed-base.table';
import { getShipment } from './get-shipment';
import { packReturns } from './pack-returns';
import type { CreateShipmentBody, ShipmentView } from './shipment.schemas';
import { repairReturnShipments } from './repair-returns.table';

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', {}, [{ path, message }]);

/**
 * 封装运输: a parcel for one vendor (and its after-sales contact), numbered per tenant and local
 * day (SH-20261128-0001), packing registered returns. It goes to the address given, else the
 * vendor's.
 */
export async function createShipment(
  tx: Tx,
  ctx: RequestContext,
  input: CreateShipmentBody,
): Promise<ShipmentView> {
  const [vendor] = await tx
    .select()
    .from(vendors)
    .where(
      and(
        eq(vendors.tenantId, ctx.tenantId),
        eq(vendors.id, input.vendorId),
        isNull(vendors.cancelledAt),
      ),
    );
  if (!vendor) throw invalid('body.vendorId', 'no such vendor');
  if (input.vendorContactId) {
    const [contact] = await tx
      .select({ id: vendorContacts.id })
      .from(vendorContacts)
      .where(
        and(
          eq(vendorContacts.tenantId, ctx.tenantId),
          eq(vendorContacts.id, input.vendorContactId),
          eq(vendorContacts.vendorId, vendor.id),
          isNull(vendorContacts.cancelledAt),
        ),
      );
    if (!contact) throw invalid('body.vendorContactId', "not one of the vendor's contacts");
  }
  const shipToAddress = input.shipToAddress || vendor.address?.trim();
  if (!shipToAddress) throw new AppError('SHIP_TO_ADDRESS_MISSING');

  const now = ctx.clock.now();
  const day = localDay(now, ctx.tenantTimezone);
  const number = ctx.reserveNumber
    ? await ctx.reserveNumber('SH', day)
    : await nextDailyNumber(tx, ctx.tenantId, 'SH', day);
  const [created] = await tx
    .insert(repairReturnShipments)
    .values({
      tenantId: ctx.tenantId,
      number,
      status: 'packing',
      vendorId: vendor.id,
      vendorContactId: input.vendorContactId ?? null,
      shipToAddress,
      note: input.note || null,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'shipment.create',
      isNew: true,
      objectType: 'shipment',
      objectId: created!.id,
      after: {
        number,
        status: 'packing',
        vendorId: vendor.id,
        vendorContactId: created!.vendorContactId,
        shipToAddress,
        repairReturnIds: [...new Set(input.repairReturnIds)],
      },
    },
    ctx.clock,
  );
  await packReturns(tx, ctx, created!, input.repairReturnIds);
  return getShipment(tx, ctx.tenantId, created!.id);
}
