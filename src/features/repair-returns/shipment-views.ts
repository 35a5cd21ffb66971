import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db';
import { users } from '../accounts/accounts.table';
import { customers } from '../customers/customers.table';
import { vendorContacts, vendors } from '../installed-base/installed-base.table';
import type { RepairReturnItemView } from './repair-return.schemas';
import type { ShipmentListItem, ShipmentView } from './shipment.schemas';
import { repairReturnItems, repairReturns, repairReturnShipments } from './repair-returns.table';

const shippedBy = alias(users, 'shipment_shipped_by');
const confirmedBy = alias(users, 'shipment_confirmed_by');

const ref = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

/** The returns packed in these shipments, with their items, by shipment. */
async function packedReturns(db: Queryable, tenantId: string, shipmentIds: readonly string[]) {
  const returns = await db
    .select({
      id: repairReturns.id,
      shipmentId: repairReturns.shipmentId,
      number: repairReturns.number,
      customerId: repairReturns.customerId,
      customerName: customers.name,
      coverage: repairReturns.coverage,
      urgent: repairReturns.urgent,
      status: repairReturns.status,
      testResult: repairReturns.testResult,
    })
    .from(repairReturns)
    .innerJoin(customers, eq(customers.id, repairReturns.customerId))
    .where(
      and(eq(repairReturns.tenantId, tenantId), inArray(repairReturns.shipmentId, shipmentIds)),
    )
    .orderBy(asc(repairReturns.number));
  const items = returns.length
    ? await db
        .select()
        .from(repairReturnItems)
        .where(
          and(
            eq(repairReturnItems.tenantId, tenantId),
            inArray(
              repairReturnItems.repairReturnId,
              returns.map((r) => r.id),
            ),
          ),
        )
        .orderBy(asc(repairReturnItems.seq))
    : [];
  const itemsOf = new Map<string, RepairReturnItemView[]>();
  for (const { repairReturnId, seq, description, serialNumber, condition, accessories } of items) {
    const list = itemsOf.get(repairReturnId) ?? [];
    list.push({ seq, description, serialNumber, condition, accessories });
    itemsOf.set(repairReturnId, list);
  }
  const byShipment = new Map<string, ShipmentView['items']>();
  for (const r of returns) {
    const list = byShipment.get(r.shipmentId!) ?? [];
    list.push({
      repairReturnId: r.id,
      number: r.number,
      customer: { id: r.customerId, name: r.customerName },
      items: itemsOf.get(r.id) ?? [],
      coverage: r.coverage,
      urgent: r.urgent,
      status: r.status,
      testResult: r.testResult,
    });
    byShipment.set(r.shipmentId!, list);
  }
  return byShipment;
}

/** Shipments as views, in the order of `ids`; ids not in this tenant are left out. */
export async function shipmentViews(
  db: Queryable,
  tenantId: string,
  ids: readonly string[],
): Promise<ShipmentView[]> {
  if (ids.length === 0) return [];
  const wanted = [...new Set(ids)];
  const rows = await db
    .select({
      s: repairReturnShipments,
      vendorName: vendors.name,
      contactName: vendorContacts.name,
      contactPhone: vendorContacts.phone,
      createdByName: users.displayName,
      shippedByName: shippedBy.displayName,
      confirmedByName: confirmedBy.displayName,
    })
    .from(repairReturnShipments)
    .innerJoin(vendors, eq(vendors.id, repairReturnShipments.vendorId))
    .innerJoin(users, eq(users.id, repairReturnShipments.createdBy))
    .leftJoin(vendorContacts, eq(vendorContacts.id, repairReturnShipments.vendorContactId))
    .leftJoin(shippedBy, eq(shippedBy.id, repairReturnShipments.shippedBy))
    .leftJoin(confirmedBy, eq(confirmedBy.id, repairReturnShipments.arrivalConfirmedBy))
    .where(
      and(eq(repairReturnShipments.tenantId, tenantId), inArray(repairReturnShipments.id, wanted)),
    );
  const itemsOf = await packedReturns(db, tenantId, wanted);
  const byId = new Map(
    rows.map(({ s, ...j }): [string, ShipmentView] => [
      s.id,
      {
        id: s.id,
        number: s.number,
        status: s.status,
        vendor: { id: s.vendorId, name: j.vendorName },
        contact:
          s.vendorContactId && j.contactName
            ? { id: s.vendorContactId, name: j.contactName, phone: j.contactPhone }
            : null,
        shipToAddress: s.shipToAddress,
        carrier: s.carrier,
        trackingNumber: s.trackingNumber,
        expectedArrivalOn: s.expectedArrivalOn,
        note: s.note,
        createdBy: { id: s.createdBy, name: j.createdByName },
        createdAt: s.createdAt.toISOString(),
        shippedBy: ref(s.shippedBy, j.shippedByName),
        shippedAt: s.shippedAt?.toISOString() ?? null,
        arrivedOn: s.arrivedOn,
        receivedByName: s.receivedByName,
        arrivalConfirmedBy: ref(s.arrivalConfirmedBy, j.confirmedByName),
        items: itemsOf.get(s.id) ?? [],
        labelPdfUrl: `/api/shipments/${s.id}/label.pdf`,
        packingListPdfUrl: `/api/shipments/${s.id}/packing-list.pdf`,
        version: s.version,
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Shipments as list rows: the view without its items, counting the returns packed. */
export async function shipmentListItems(
  db: Queryable,
  tenantId: string,
  ids: readonly string[],
): Promise<ShipmentListItem[]> {
  const views = await shipmentViews(db, tenantId, ids);
  return views.map(({ items, ...view }) => ({ ...view, itemCount: items.length }));
}
