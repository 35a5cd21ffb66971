import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Queryable, sequentially } from '../../platform/db';
import { users } from '../accounts/accounts.table';
import { loadCommitments } from '../commitments';
import { customers } from '../customers/customers.table';
import { assets, vendors } from '../installed-base/installed-base.table';
import { workOrderSignatures } from '../work-orders/on-site.table';
import { workOrders } from '../work-orders/work-orders.table';
import type { RepairReturnItemView, RepairReturnView } from './repair-return.schemas';
import { chaseCadenceDays } from './chase-cadence.rules';
import { CHASED_STATES } from './repair-return.states';
import { allowedReturnActions, type ReturnActor } from './repair-return.machine';
import { daysAtVendor, isChaseOverdue } from './repair-return-list-items';
import { returnRecords } from './repair-return-records';
import { repairReturnItems, repairReturns, repairReturnShipments } from './repair-returns.table';

type ReturnRow = typeof repairReturns.$inferSelect;

const replacement = alias(assets, 'replacement_asset');
const returnSignature = alias(workOrderSignatures, 'return_signature');

/** The return is charged and its quote not yet approved: no repair, no handover. */
export const approvalNeeded = (rr: Pick<ReturnRow, 'charged' | 'quoteDecidedAt'>) =>
  rr.charged && rr.quoteDecidedAt === null;

/**
 * Repair returns as full views, in the order of `ids` (ids not in this tenant are left out).
 * `actor` decides allowedActions (empty without one); `now` the days away and overdue chases.
 */
export async function repairReturnViews(
  db: Queryable,
  tenantId: string,
  ids: readonly string[],
  now: Date,
  actor: ReturnActor | null = null,
): Promise<RepairReturnView[]> {
  if (ids.length === 0) return [];
  const wanted = [...new Set(ids)];
  const [rows, items] = await sequentially(
    db
      .select({
        rr: repairReturns,
        workOrderNumber: workOrders.number,
        customerName: customers.name,
        serialNumber: assets.serialNumber,
        replacementSerial: replacement.serialNumber,
        vendorName: vendors.name,
        shipment: repairReturnShipments,
        signatureFileId: workOrderSignatures.fileId,
        returnSignerName: returnSignature.signerName,
        returnSignatureFileId: returnSignature.fileId,
      })
      .from(repairReturns)
      .innerJoin(workOrders, eq(workOrders.id, repairReturns.workOrderId))
      .innerJoin(customers, eq(customers.id, repairReturns.customerId))
      .leftJoin(assets, eq(assets.id, repairReturns.assetId))
      .leftJoin(replacement, eq(replacement.id, repairReturns.replacementAssetId))
      .leftJoin(vendors, eq(vendors.id, repairReturns.vendorId))
      .leftJoin(repairReturnShipments, eq(repairReturnShipments.id, repairReturns.shipmentId))
      .leftJoin(workOrderSignatures, eq(workOrderSignatures.id, repairReturns.signatureId))
      .leftJoin(returnSignature, eq(returnSignature.id, repairReturns.returnSignatureId))
      .where(and(eq(repairReturns.tenantId, tenantId), inArray(repairReturns.id, wanted))),
    db
      .select()
      .from(repairReturnItems)
      .where(
        and(
          eq(repairReturnItems.tenantId, tenantId),
          inArray(repairReturnItems.repairReturnId, wanted),
        ),
      )
      .orderBy(asc(repairReturnItems.seq)),
  );
  if (rows.length === 0) return [];
  const people = [
    ...new Set(
      rows.flatMap(({ rr }) =>
        [
          rr.takenBy,
          rr.testedBy,
          rr.handedOverBy,
          rr.registeredBy,
          rr.backBy,
          rr.returnedBy,
        ].filter((u): u is string => u !== null),
      ),
    ),
  ];
  const names = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, people)));
  // Functions, not lazy builders: each starts its queries when called, so one at a time.
  const records = await returnRecords(db, tenantId, wanted);
  const commitments = await loadCommitments(db, tenantId);
  const nameOf = new Map(names.map((u) => [u.id, u.name]));
  const ref = (id: string) => ({ id, name: nameOf.get(id) ?? '' });
  const refOrNull = (id: string | null) => (id ? ref(id) : null);
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const itemsOf = (id: string): RepairReturnItemView[] =>
    items
      .filter((i) => i.repairReturnId === id)
      .map(({ seq, description, serialNumber, condition, accessories }) => ({
        seq,
        description,
        serialNumber,
        condition,
        accessories,
      }));

  const toView = ({ rr, ...j }: (typeof rows)[number]): RepairReturnView => ({
    id: rr.id,
    number: rr.number,
    status: rr.status,
    source: rr.source,
    urgent: rr.urgent,
    workOrder: { id: rr.workOrderId, number: j.workOrderNumber },
    customer: { id: rr.customerId, name: j.customerName },
    asset: rr.assetId && j.serialNumber ? { id: rr.assetId, serialNumber: j.serialNumber } : null,
    takenBy: ref(rr.takenBy),
    takenAt: rr.takenAt.toISOString(),
    signatureImageUrl:
      rr.signatureId && j.signatureFileId
        ? `/api/work-orders/${rr.workOrderId}/signatures/${rr.signatureId}`
        : null,
    items: itemsOf(rr.id),
    test:
      rr.testedBy && rr.testedAt && rr.cause && rr.coverage
        ? {
            testedBy: ref(rr.testedBy),
            testedAt: rr.testedAt.toISOString(),
            testResult: rr.testResult ?? '',
            cause: rr.cause,
            coverage: rr.coverage,
            charged: rr.charged,
            quoteCents: rr.quoteCents,
            quoteApproved: rr.charged && rr.quoteDecidedAt ? rr.outcome !== 'quote_declined' : null,
            quoteDecidedAt: iso(rr.quoteDecidedAt),
            expectedReturnOn: rr.expectedReturnOn,
          }
        : null,
    handover:
      rr.handedOverBy && rr.handedOverAt
        ? {
            handedOverBy: ref(rr.handedOverBy),
            handedOverAt: rr.handedOverAt.toISOString(),
            registeredBy: refOrNull(rr.registeredBy),
            registeredAt: iso(rr.registeredAt),
            registrationNote: rr.registrationNote,
            storageLocation: rr.storageLocation,
          }
        : null,
    vendor: rr.vendorId && j.vendorName ? { id: rr.vendorId, name: j.vendorName } : null,
    shipment: j.shipment
      ? {
          id: j.shipment.id,
          number: j.shipment.number,
          status: j.shipment.status,
          carrier: j.shipment.carrier,
          trackingNumber: j.shipment.trackingNumber,
        }
      : null,
    shippedAt: iso(rr.shippedAt),
    atVendorAt: iso(rr.atVendorAt),
    daysAtVendor: daysAtVendor(rr.shippedAt, rr.backAt, now),
    chase: CHASED_STATES.includes(rr.status)
      ? {
          cadenceDays: chaseCadenceDays(commitments.content.chaseCadenceDays, rr),
          nextChaseAt: iso(rr.nextChaseAt),
          lastChasedAt: iso(rr.lastChasedAt),
          promisedOn: rr.promisedOn,
          overdue: isChaseOverdue(rr.nextChaseAt, now),
        }
      : null,
    chases: records.chasesOf(rr.id),
    notices: records.noticesOf(rr.id),
    back:
      rr.outcome && rr.backAt && rr.backBy
        ? {
            outcome: rr.outcome,
            note: rr.outcomeNote,
            replacementSerial: rr.replacementSerial,
            replacementAsset:
              rr.replacementAssetId && j.replacementSerial
                ? { id: rr.replacementAssetId, serialNumber: j.replacementSerial }
                : null,
            backAt: rr.backAt.toISOString(),
            backBy: ref(rr.backBy),
          }
        : null,
    returned:
      rr.returnedAt && rr.returnedBy
        ? {
            returnedAt: rr.returnedAt.toISOString(),
            returnedBy: ref(rr.returnedBy),
            signerName: j.returnSignerName ?? '',
            signatureImageUrl: j.returnSignatureFileId
              ? `/api/repair-returns/${rr.id}/return-signature`
              : null,
          }
        : null,
    loans: records.loansOf(rr.id),
    // request_approval is no step of its own: a charged test makes it.
    allowedActions: actor
      ? allowedReturnActions(
          { status: rr.status, approvalNeeded: approvalNeeded(rr), handedOverBy: rr.handedOverBy },
          actor,
        ).filter((a) => a !== 'request_approval')
      : [],
    version: rr.version,
    createdAt: rr.createdAt.toISOString(),
  });
  const byId = new Map(rows.map((row) => [row.rr.id, toView(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
