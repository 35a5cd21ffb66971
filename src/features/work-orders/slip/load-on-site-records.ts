import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db';
import { files } from '../../../platform/files';
import { users } from '../../accounts';
import { repairReturnItems, repairReturns } from '../../repair-returns/repair-returns.table';
import { workOrderParts, workOrderSignatures, workOrderVisits } from '../on-site.table';
import {
  VISIT_OUTCOMES,
  type SlipPart,
  type SlipSignature,
  type SlipView,
  type SlipVisit,
  type VisitOutcome,
} from './slip.schemas';

type Scope = { tenantId: string; workOrderId: string };

const outcomeOf = (value: string | null): VisitOutcome | null =>
  VISIT_OUTCOMES.find((o) => o === value) ?? null;

export async function loadSlipVisits(db: Queryable, s: Scope): Promise<SlipVisit[]> {
  const rows = await db
    .select({ visit: workOrderVisits, technician: users.displayName })
    .from(workOrderVisits)
    .innerJoin(users, eq(users.id, workOrderVisits.technicianId))
    .where(
      and(eq(workOrderVisits.tenantId, s.tenantId), eq(workOrderVisits.workOrderId, s.workOrderId)),
    )
    .orderBy(asc(workOrderVisits.seq));
  return rows.map(({ visit, technician }) => ({
    seq: visit.seq,
    technician,
    travelMode: visit.travelMode,
    travelCostCents: visit.travelCostCents,
    travelStartedAt: visit.travelStartedAt.toISOString(),
    arrivedAt: visit.arrivedAt?.toISOString() ?? null,
    leftAt: visit.leftAt?.toISOString() ?? null,
    outcome: outcomeOf(visit.outcome),
  }));
}

export async function loadSlipParts(db: Queryable, s: Scope): Promise<SlipPart[]> {
  const rows = await db
    .select()
    .from(workOrderParts)
    .where(
      and(eq(workOrderParts.tenantId, s.tenantId), eq(workOrderParts.workOrderId, s.workOrderId)),
    )
    .orderBy(asc(workOrderParts.createdAt), asc(workOrderParts.id));
  return rows.map((p) => ({
    name: p.name,
    partNumber: p.partNumber,
    quantity: p.quantity,
    unitPriceCents: p.unitPriceCents,
    amountCents: p.quantity * p.unitPriceCents,
    covered: p.covered,
  }));
}

/** The signatures in the order they were given, each drawn one with its PNG as a data URL. */
export async function loadSlipSignatures(db: Queryable, s: Scope): Promise<SlipSignature[]> {
  const rows = await db
    .select({
      signature: workOrderSignatures,
      recordedBy: users.displayName,
      contentType: files.contentType,
      data: files.data,
    })
    .from(workOrderSignatures)
    .innerJoin(users, eq(users.id, workOrderSignatures.recordedBy))
    .leftJoin(files, and(eq(files.tenantId, s.tenantId), eq(files.id, workOrderSignatures.fileId)))
    .where(
      and(
        eq(workOrderSignatures.tenantId, s.tenantId),
        eq(workOrderSignatures.workOrderId, s.workOrderId),
      ),
    )
    .orderBy(asc(workOrderSignatures.givenAt), asc(workOrderSignatures.createdAt));
  return rows.map(({ signature, recordedBy, contentType, data }) => ({
    purpose: signature.purpose,
    method: signature.method,
    signerName: signature.signerName,
    givenAt: signature.givenAt.toISOString(),
    recordedBy,
    // Only a stored PNG goes into the slip: the PDF may embed nothing else.
    imagePng:
      data && contentType === 'image/png'
        ? `data:image/png;base64,${data.toString('base64')}`
        : null,
  }));
}

/** The repair return the take-back outcome opened, with its list of items. */
export async function loadSlipTakenBack(db: Queryable, s: Scope): Promise<SlipView['takenBack']> {
  const [found] = await db
    .select({ id: repairReturns.id, number: repairReturns.number })
    .from(repairReturns)
    .where(
      and(eq(repairReturns.tenantId, s.tenantId), eq(repairReturns.workOrderId, s.workOrderId)),
    )
    .orderBy(asc(repairReturns.createdAt))
    .limit(1);
  if (!found) return null;
  const items = await db
    .select()
    .from(repairReturnItems)
    .where(
      and(
        eq(repairReturnItems.tenantId, s.tenantId),
        eq(repairReturnItems.repairReturnId, found.id),
      ),
    )
    .orderBy(asc(repairReturnItems.seq));
  return {
    repairReturnId: found.id,
    number: found.number,
    items: items.map((i) => ({
      description: i.description,
      serialNumber: i.serialNumber,
      condition: i.condition,
      accessories: i.accessories,
    })),
  };
}
