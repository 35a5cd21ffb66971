import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { getRepairReturn } from './get-repair-return';
import type { finishInHouseBody, RepairReturnView } from './repair-return.schemas';
import { returnIsReady } from './return-ready';
import { transitionRepairReturn } from './transition-repair-return';

/** Repaired in the workshop, or no fault found: ready to go back without a vendor. */
export async function finishInHouse(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof finishInHouseBody>,
): Promise<RepairReturnView> {
  const now = ctx.clock.now();
  const { after } = await transitionRepairReturn(tx, ctx, {
    id,
    action: 'finish_in_house',
    version: input.version,
    patch: { outcome: input.outcome, outcomeNote: input.note, backAt: now, backBy: ctx.user.id },
  });
  await returnIsReady(tx, ctx, after);
  return getRepairReturn(tx, ctx, id);
}
