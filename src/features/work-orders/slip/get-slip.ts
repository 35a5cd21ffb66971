import { eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db';
import { type RequestContext, tenants } from '../../accounts';
import { getQuote } from '../../fees';
import { getWorkOrder } from '../get-work-order';
import { loadSlipCommitments } from './load-slip-commitments';
import {
  loadSlipParts,
  loadSlipSignatures,
  loadSlipTakenBack,
  loadSlipVisits,
} from './load-on-site-records';
import { slipCharges } from './slip-charges.rules';
import type { SlipView } from './slip.schemas';

/**
 * The service slip of one order, for the PDF and the screen alike. Visibility is the order's
 * own (getWorkOrder): a technician gets only a slip of an order assigned to them, anyone else
 * the same NOT_FOUND as for an unknown id.
 */
export async function getSlip(tx: Tx, ctx: RequestContext, workOrderId: string): Promise<SlipView> {
  const order = await getWorkOrder(tx, ctx, workOrderId);
  const scope = { tenantId: ctx.tenantId, workOrderId };
  const [tenant] = await tx
    .select({ hotline: tenants.hotline })
    .from(tenants)
    .where(eq(tenants.id, ctx.tenantId));
  const visits = await loadSlipVisits(tx, scope);
  const parts = await loadSlipParts(tx, scope);
  const quote = order.quoteId ? await getQuote(tx, ctx.tenantId, order.quoteId) : null;
  return {
    generatedAt: ctx.clock.now().toISOString(),
    timeZone: ctx.tenantTimezone,
    company: { name: ctx.tenantName, hotline: tenant?.hotline ?? null },
    order: {
      id: order.id,
      number: order.number,
      status: order.status,
      urgency: order.urgency,
      technician: order.technician?.name ?? null,
      createdAt: order.createdAt,
      window: order.window?.agreed ? { start: order.window.start, end: order.window.end } : null,
      contactedAt: order.contactedAt,
      arrivedAt: visits.find((v) => v.arrivedAt)?.arrivedAt ?? null,
      resolvedAt: order.resolvedAt,
      closedAt: order.closedAt,
    },
    customer: {
      name: order.customer.name,
      department: order.department?.name ?? null,
      contactName: order.contactName,
      contactPhone: order.contactPhone,
      address: order.address,
    },
    device: {
      description: order.deviceDescription,
      modelCode: order.asset?.modelCode ?? null,
      modelName: order.asset?.modelName ?? null,
      serialNumber: order.asset?.serialNumber ?? null,
    },
    warranty: order.warranty,
    reportedFault: order.faultDescription,
    confirmedFault: order.confirmedFault,
    diagnosis: order.diagnosis,
    workDone: order.resolution,
    outcome: visits.findLast((v) => v.outcome)?.outcome ?? null,
    revisitReason: order.revisitReason,
    visits,
    parts,
    charges: slipCharges(quote, order.quoteDecision, parts),
    takenBack: await loadSlipTakenBack(tx, scope),
    signatures: await loadSlipSignatures(tx, scope),
    commitments: await loadSlipCommitments(tx, ctx.tenantId, {
      customerId: order.customer.id,
      urgency: order.urgency,
    }),
  };
}
