import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { requireLive } from '../installed-base/references';
import { getRepairReturn } from './get-repair-return';
import type { RepairReturnView, registerReturnBody } from './repair-return.schemas';
import { transitionRepairReturn } from './transition-repair-return';

/**
 * 登记备案, second half: a returns clerk other than the one who handed it over confirms the
 * handover and registers the item (note, where it is kept, the vendor when already known).
 */
export async function registerReturn(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof registerReturnBody>,
): Promise<RepairReturnView> {
  await transitionRepairReturn(tx, ctx, {
    id,
    action: 'register',
    version: input.version,
    patch: async (before) => {
      await requireLive(tx, ctx.tenantId, 'vendor', input.vendorId);
      return {
        registeredBy: ctx.user.id,
        registeredAt: ctx.clock.now(),
        registrationNote: input.registrationNote,
        storageLocation: input.storageLocation || null,
        vendorId: input.vendorId ?? before.vendorId,
      };
    },
  });
  return getRepairReturn(tx, ctx, id);
}
