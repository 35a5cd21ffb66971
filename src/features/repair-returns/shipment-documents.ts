import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { tenants } from '../accounts/accounts.table';
import { customers } from '../customers/customers.table';
import { vendors } from '../installed-base/installed-base.table';
import { parts, stockMovements, warehouses } from '../inventory/inventory.table';
import { getShipment } from './get-shipment';
import type { GoodPartLabel } from './good-parts-labels-document';
import type { ReturnLabelsData } from './return-labels-document';
import { repairReturnItems, repairReturns } from './repair-returns.table';
import type { ShippingDocumentData } from './shipping-label-document';

/** More labels than this in one PDF is a mistake (a quantity typed wrong), not a print job. */
export const MAX_GOOD_PART_LABELS = 500;

/** The item labels of a return: its number, customer, when it was taken, and its items. */
export async function loadReturnLabels(
  db: Queryable,
  ctx: RequestContext,
  id: string,
): Promise<ReturnLabelsData> {
  const [rr] = await db
    .select({
      number: repairReturns.number,
      takenAt: repairReturns.takenAt,
      customerName: customers.name,
    })
    .from(repairReturns)
    .innerJoin(customers, eq(customers.id, repairReturns.customerId))
    .where(and(eq(repairReturns.tenantId, ctx.tenantId), eq(repairReturns.id, id)));
  if (!rr) throw new AppError('NOT_FOUND');
  const items = await db
    .select({
      seq: repairReturnItems.seq,
      description: repairReturnItems.description,
      serialNumber: repairReturnItems.serialNumber,
    })
    .from(repairReturnItems)
    .where(
      and(eq(repairReturnItems.tenantId, ctx.tenantId), eq(repairReturnItems.repairReturnId, id)),
    )
    .orderBy(asc(repairReturnItems.seq));
  return {
    number: rr.number,
    customerName: rr.customerName,
    takenAt: rr.takenAt.toISOString(),
    timeZone: ctx.tenantTimezone,
    items,
  };
}

/**
 * The shipment with its sender: the service company's name and hotline, and the address of its
 * central warehouse (where parcels leave from) when one is on file.
 */
export async function loadShippingDocument(
  db: Queryable,
  ctx: RequestContext,
  id: string,
): Promise<ShippingDocumentData> {
  const shipment = await getShipment(db, ctx.tenantId, id);
  const [tenant] = await db
    .select({ hotline: tenants.hotline })
    .from(tenants)
    .where(eq(tenants.id, ctx.tenantId));
  const [store] = await db
    .select({ address: warehouses.address })
    .from(warehouses)
    .where(
      and(
        eq(warehouses.tenantId, ctx.tenantId),
        eq(warehouses.kind, 'central'),
        isNull(warehouses.cancelledAt),
        isNotNull(warehouses.address),
      ),
    )
    .orderBy(asc(warehouses.createdAt))
    .limit(1);
  const [vendor] = await db
    .select({ phone: vendors.phone })
    .from(vendors)
    .where(and(eq(vendors.tenantId, ctx.tenantId), eq(vendors.id, shipment.vendor.id)));
  return {
    shipment,
    sender: {
      name: ctx.tenantName,
      address: store?.address?.trim() || null,
      phone: tenant?.hotline ?? null,
    },
    vendorPhone: vendor?.phone ?? null,
    timeZone: ctx.tenantTimezone,
    printedAt: ctx.clock.now().toISOString(),
  };
}

/**
 * One label per part taken in from the return: a serial-tracked part's movement is one unit;
 * another part's is `quantity` of them. Only these movements when ids are given, else all of
 * the return's; NOT_FOUND when the return is not in the tenant.
 */
export async function loadGoodPartLabels(
  db: Queryable,
  ctx: RequestContext,
  repairReturnId: string,
  movementIds: readonly string[] | undefined,
): Promise<GoodPartLabel[]> {
  const [rr] = await db
    .select({ number: repairReturns.number })
    .from(repairReturns)
    .where(and(eq(repairReturns.tenantId, ctx.tenantId), eq(repairReturns.id, repairReturnId)));
  if (!rr) throw new AppError('NOT_FOUND');
  const movements = await db
    .select({
      quantity: stockMovements.quantity,
      serialNumber: stockMovements.serialNumber,
      partCode: parts.code,
      partName: parts.name,
    })
    .from(stockMovements)
    .innerJoin(parts, eq(parts.id, stockMovements.partId))
    .where(
      and(
        eq(stockMovements.tenantId, ctx.tenantId),
        eq(stockMovements.repairReturnId, repairReturnId),
        eq(stockMovements.kind, 'take_in'),
        movementIds ? inArray(stockMovements.id, [...movementIds]) : undefined,
      ),
    )
    .orderBy(asc(stockMovements.at), asc(parts.code), asc(stockMovements.serialNumber));
  const count = movements.reduce((n, m) => n + (m.serialNumber ? 1 : m.quantity), 0);
  if (count > MAX_GOOD_PART_LABELS) throw new AppError('VALIDATION_FAILED');
  return movements.flatMap((m) =>
    Array.from({ length: m.serialNumber ? 1 : m.quantity }, () => ({
      partCode: m.partCode,
      partName: m.partName,
      serialNumber: m.serialNumber,
      repairReturnNumber: rr.number,
    })),
  );
}
