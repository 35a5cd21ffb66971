import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { dispatchPlans } from './dispatch-plans.table';

/** Only the newest draft of a day counts: older ones are kept, marked superseded. */
export async function supersedeDrafts(tx: Tx, tenantId: string, day: string): Promise<void> {
  await tx
    .update(dispatchPlans)
    .set({ status: 'superseded' })
    .where(
      and(
        eq(dispatchPlans.tenantId, tenantId),
        eq(dispatchPlans.day, day),
        eq(dispatchPlans.status, 'draft'),
      ),
    );
}
