import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { customers } from '../customers/customers.table';
import { notify } from '../notifications';
import { RETURNS_CLERKS, returnLink } from './return-notices';
import { endNoticeRule, stopChases } from './return-timers';
import type { RepairReturnRecord } from './transition-repair-return';

/**
 * The item is ready to go back (back from the vendor, repaired in house, or the quote
 * declined): no more chases, no 14-day notice to come; the returns clerks and the technician
 * hear of it.
 */
export async function returnIsReady(
  tx: Tx,
  ctx: RequestContext,
  rr: RepairReturnRecord,
): Promise<void> {
  await stopChases(tx, ctx.tenantId, [rr.id]);
  await endNoticeRule(tx, ctx.tenantId, rr.id);
  const [customer] = await tx
    .select({ name: customers.name })
    .from(customers)
    .where(and(eq(customers.tenantId, ctx.tenantId), eq(customers.id, rr.customerId)));
  await notify(tx, ctx.tenantId, ctx.clock, {
    event: 'repairReturn.ready',
    params: { number: rr.number, customer: customer?.name ?? '' },
    to: {
      roles: RETURNS_CLERKS,
      userIds: [rr.takenBy, ...(rr.testedBy ? [rr.testedBy] : [])],
    },
    link: returnLink(rr.id),
  });
}
