import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db';
import { limitFor, loadCommitments } from '../../commitments';
import { customers } from '../../customers';
import type { Urgency } from '../../hotline/hotline-call.schemas';
import type { SlipView } from './slip.schemas';

/**
 * The service commitments as the public commitments page states them (the one source), with
 * the limits that apply to this order: its urgency in the customer's zone.
 */
export async function loadSlipCommitments(
  db: Queryable,
  tenantId: string,
  order: { customerId: string; urgency: Urgency },
): Promise<SlipView['commitments']> {
  const { content } = await loadCommitments(db, tenantId);
  const [customer] = await db
    .select({ zone: customers.zone })
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, order.customerId)));
  const limit = limitFor(content, order.urgency, customer?.zone ?? '');
  const zone = content.zones.find((z) => z.code === limit.zone);
  return {
    promises: content.promises,
    zoneName: zone?.name ?? limit.zone,
    responseMinutes: limit.responseMinutes,
    onSiteMinutes: limit.onSiteMinutes,
    completionMinutes: limit.completionMinutes,
    customerNoticeDays: content.customerNoticeDays,
  };
}
