import type { Tx } from '../../platform/db';
import { enqueueJob } from '../../platform/jobs';

/** The job that delivers one outbox message after the transaction that wrote it commits. */
export const DELIVER_JOB = 'notification.deliver';

export function enqueueDelivery(tx: Tx, tenantId: string, messageId: string, now: Date) {
  return enqueueJob(tx, { tenantId, kind: DELIVER_JOB, runAt: now, payload: { messageId } });
}
