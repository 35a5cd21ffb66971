import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { getRepairReturn } from './get-repair-return';
import type { ReceiveBackBody, RepairReturnView } from './repair-return.schemas';
import { replaceAsset } from './replace-asset';
import { returnIsReady } from './return-ready';
import { transitionRepairReturn } from './transition-repair-return';

/**
 * Back from the vendor: repaired, replaced (a new unit with a new serial: the asset on file
 * is replaced, old → new) or refused with the vendor's reason. Chases stop; the item is
 * ready to go back to the customer.
 */
export async function receiveBack(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: ReceiveBackBody,
): Promise<RepairReturnView> {
  const now = ctx.clock.now();
  const { after } = await transitionRepairReturn(tx, ctx, {
    id,
    action: 'receive_back',
    version: input.version,
    patch: async (before) => {
      const replaced = input.outcome === 'replaced' ? input.replacementSerial! : null;
      const newAsset =
        replaced && before.assetId
          ? await replaceAsset(tx, ctx, before.assetId, replaced, before.number)
          : null;
      return {
        outcome: input.outcome,
        outcomeNote: input.note || null,
        replacementSerial: replaced,
        replacementAssetId: newAsset?.id ?? null,
        backAt: now,
        backBy: ctx.user.id,
        nextChaseAt: null,
      };
    },
  });
  await returnIsReady(tx, ctx, after);
  return getRepairReturn(tx, ctx, id);
}
