import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { getWorkOrder } from './get-work-order';
import type { confirmBody } from './on-site.schemas';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';

/** The reported fault confirmed, or corrected, with the customer, and what was found. */
export async function confirmFault(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof confirmBody>,
): Promise<WorkOrderDetail> {
  await transitionWorkOrder(tx, ctx, id, 'confirm', {
    confirmedFault: input.confirmedFault,
    diagnosis: input.diagnosis,
  });
  return getWorkOrder(tx, ctx, id);
}
