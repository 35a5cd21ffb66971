import { and, asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { type RequestContext, users } from '../accounts';
import { getQuote, quotes } from '../fees';
import { assets, productModels } from '../installed-base';
import { repairReturnOfWorkOrder } from '../repair-returns';
import { toPartView } from './add-part';
import { photoUrl } from './add-photo';
import { carRequestViews } from './car-request-views';
import { getServiceSettings } from './get-service-settings';
import type { OnSiteView } from './on-site.schemas';
import {
  carRequests,
  workOrderParts,
  workOrderPhotos,
  workOrderSignatures,
  workOrderVisits,
} from './on-site.table';
import { adviseReplacement, repairCentsOf } from './replacement.rules';
import { visibleWorkOrders } from './visibility';
import { findWorkOrderRow } from './work-order-view';

const person = alias(users, 'person');

/** The quote the customer was asked to approve, else the latest one made for the order. */
async function quoteOf(tx: Tx, tenantId: string, orderId: string, quoteId: string | null) {
  if (quoteId) return getQuote(tx, tenantId, quoteId);
  const [latest] = await tx
    .select({ id: quotes.id })
    .from(quotes)
    .where(and(eq(quotes.tenantId, tenantId), eq(quotes.workOrderId, orderId)))
    .orderBy(desc(quotes.createdAt), desc(quotes.id))
    .limit(1);
  return latest ? getQuote(tx, tenantId, latest.id) : null;
}

/** The device's current value: its model's list price, when known. */
async function currentValueOf(tx: Tx, tenantId: string, assetId: string | null) {
  if (!assetId) return null;
  const [model] = await tx
    .select({ listPriceCents: productModels.listPriceCents })
    .from(assets)
    .innerJoin(productModels, eq(productModels.id, assets.modelId))
    .where(and(eq(assets.tenantId, tenantId), eq(assets.id, assetId)));
  return model?.listPriceCents ?? null;
}

/**
 * Everything recorded on site for an order the user may see: visits, car requests, parts,
 * signatures, photos, the quote, what was taken back, the arrival checklist to tick, and
 * whether replacement should be advised.
 */
export async function getOnSite(tx: Tx, ctx: RequestContext, id: string): Promise<OnSiteView> {
  const row = await findWorkOrderRow(tx, ctx.tenantId, id, visibleWorkOrders(ctx));
  if (!row) throw new AppError('NOT_FOUND');
  const { order } = row;
  const visits = await tx
    .select({ visit: workOrderVisits, technicianName: person.displayName })
    .from(workOrderVisits)
    .innerJoin(person, eq(person.id, workOrderVisits.technicianId))
    .where(and(eq(workOrderVisits.tenantId, ctx.tenantId), eq(workOrderVisits.workOrderId, id)))
    .orderBy(asc(workOrderVisits.seq));
  const cars = await carRequestViews(tx, ctx.tenantId, eq(carRequests.workOrderId, id));
  const parts = await tx
    .select()
    .from(workOrderParts)
    .where(and(eq(workOrderParts.tenantId, ctx.tenantId), eq(workOrderParts.workOrderId, id)))
    .orderBy(asc(workOrderParts.createdAt), asc(workOrderParts.id));
  const signatures = await tx
    .select({ signature: workOrderSignatures, recorderName: person.displayName })
    .from(workOrderSignatures)
    .innerJoin(person, eq(person.id, workOrderSignatures.recordedBy))
    .where(
      and(eq(workOrderSignatures.tenantId, ctx.tenantId), eq(workOrderSignatures.workOrderId, id)),
    )
    .orderBy(asc(workOrderSignatures.createdAt), asc(workOrderSignatures.id));
  const photos = await tx
    .select()
    .from(workOrderPhotos)
    .where(and(eq(workOrderPhotos.tenantId, ctx.tenantId), eq(workOrderPhotos.workOrderId, id)))
    .orderBy(asc(workOrderPhotos.createdAt), asc(workOrderPhotos.id));
  const quote = await quoteOf(tx, ctx.tenantId, id, order.quoteId);
  const taken = await repairReturnOfWorkOrder(tx, ctx.tenantId, id);
  const settings = await getServiceSettings(tx, ctx.tenantId);
  const currentValueCents = await currentValueOf(tx, ctx.tenantId, order.assetId);
  return {
    workOrderId: id,
    visits: visits.map(({ visit: v, technicianName }) => ({
      id: v.id,
      seq: v.seq,
      technician: { id: v.technicianId, name: technicianName },
      travelMode: v.travelMode,
      travelReason: v.travelReason,
      travelCostCents: v.travelCostCents,
      travelStartedAt: v.travelStartedAt.toISOString(),
      arrivedAt: v.arrivedAt?.toISOString() ?? null,
      checklist: v.checklist,
      leftAt: v.leftAt?.toISOString() ?? null,
      outcome: v.outcome,
    })),
    carRequests: cars,
    parts: parts.map(toPartView),
    signatures: signatures.map(({ signature: s, recorderName }) => ({
      id: s.id,
      purpose: s.purpose,
      method: s.method,
      signerName: s.signerName,
      givenAt: s.givenAt.toISOString(),
      recordedBy: { id: s.recordedBy, name: recorderName },
      imageUrl: s.fileId ? `/api/work-orders/${id}/signatures/${s.id}` : null,
    })),
    photos: photos.map((p) => ({
      id: p.id,
      caption: p.caption,
      url: photoUrl(id, p.id),
      createdAt: p.createdAt.toISOString(),
    })),
    quote,
    takenBack: taken
      ? {
          repairReturnId: taken.id,
          number: taken.number,
          items: taken.items.map(({ description, serialNumber, condition, accessories }) => ({
            description,
            serialNumber,
            condition,
            accessories,
          })),
        }
      : null,
    arrivalChecklist: settings.arrivalChecklist,
    replacement: adviseReplacement({
      repairCents: quote ? repairCentsOf(quote.lines) : null,
      currentValueCents,
      thresholdPercent: settings.replacementThresholdPercent,
    }),
  };
}
