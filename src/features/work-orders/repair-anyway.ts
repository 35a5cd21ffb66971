import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { getWorkOrder } from './get-work-order';
import type { repairAnywayBody } from './on-site.schemas';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';

/** Replacement was advised, but the customer wants the repair: back to the confirmed fault. */
export async function repairAnyway(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof repairAnywayBody>,
): Promise<WorkOrderDetail> {
  await transitionWorkOrder(
    tx,
    ctx,
    id,
    'repair_anyway',
    { resolution: null },
    { note: input.note },
  );
  return getWorkOrder(tx, ctx, id);
}
