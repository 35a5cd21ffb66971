import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { createServiceRequest } from './create-service-request';
import { getServiceRequest } from './get-service-request';
import { walkInBody, type WalkInBody, type WalkInResult } from './service-request.schemas';

/** Stored with the fault (there is no column of its own), labelled so it reads apart from it. */
export const CONDITION_LABEL = '【物品状况及配件 Condition & accessories】';

/**
 * 送修: an item brought to the counter. Logged like any report (the device decides customer
 * and department, its warranty on the day is kept); the counter hands over the tracking link.
 */
export async function recordWalkIn(
  tx: Tx,
  ctx: RequestContext,
  raw: WalkInBody,
): Promise<WalkInResult> {
  const { itemCondition, ...input } = walkInBody.parse(raw);
  const faultDescription = itemCondition
    ? `${input.faultDescription}\n${CONDITION_LABEL}${itemCondition}`
    : input.faultDescription;
  const created = await createServiceRequest(
    tx,
    { ...ctx, actor: actorOf(ctx) },
    { ...input, channel: 'walk_in', faultDescription },
  );
  return {
    request: await getServiceRequest(tx, ctx.tenantId, created.id),
    trackingUrl: `/p/t/${created.trackingToken}`,
  };
}
