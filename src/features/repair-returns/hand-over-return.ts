import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { notify } from '../notifications';
import { getRepairReturn } from './get-repair-return';
import type { handOverReturnBody, RepairReturnView } from './repair-return.schemas';
import { RETURNS_CLERKS, returnLink } from './return-notices';
import { transitionRepairReturn } from './transition-repair-return';

/**
 * 登记备案, first half: the technician hands the tested item to the returns clerks, who are
 * told; a charged item only once its quote is approved.
 */
export async function handOverReturn(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof handOverReturnBody>,
): Promise<RepairReturnView> {
  const { after } = await transitionRepairReturn(tx, ctx, {
    id,
    action: 'hand_over',
    version: input.version,
    patch: { handedOverBy: ctx.user.id, handedOverAt: ctx.clock.now() },
    note: input.note ? { note: input.note } : undefined,
  });
  await notify(tx, ctx.tenantId, ctx.clock, {
    event: 'repairReturn.handedOver',
    params: { number: after.number, technician: ctx.user.displayName },
    to: { roles: RETURNS_CLERKS },
    link: returnLink(id),
  });
  return getRepairReturn(tx, ctx, id);
}
