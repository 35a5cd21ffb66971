import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { getWorkOrder } from './get-work-order';
import type { completeBody } from './on-site.schemas';
import { recordSignature, signatureNote } from './record-signature';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';

/**
 * The customer signs on the technician's phone — for the work done, or for the replacement
 * advice — and the order closes; the completion clock is met.
 */
export async function completeWorkOrder(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof completeBody>,
): Promise<WorkOrderDetail> {
  const signature = { method: 'signature' as const, ...input };
  const { before } = await transitionWorkOrder(
    tx,
    ctx,
    id,
    'complete',
    { closedAt: ctx.clock.now() },
    signatureNote(signature),
  );
  const purpose = before.status === 'replacement_advised' ? 'replacement' : 'completion';
  await recordSignature(tx, ctx, id, purpose, signature);
  return getWorkOrder(tx, ctx, id);
}
