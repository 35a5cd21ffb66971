import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { findPolicy, toPolicyView } from './policy-view';
import type { WarrantyPolicyView } from './warranty.schemas';
import { warrantyPolicies } from './warranty.table';

/**
 * Cancels a policy (never deleted: models and assets may still name it, and their warranty is
 * still counted by it); it is no longer offered for new ones. The reason lives in the audit.
 */
export async function cancelWarrantyPolicy(
  tx: Tx,
  ctx: RequestContext,
  policyId: string,
  input: { reason: string },
): Promise<WarrantyPolicyView> {
  const before = await findPolicy(tx, ctx.tenantId, policyId, true);
  if (before.cancelledAt) throw new AppError('INVALID_TRANSITION');
  const now = ctx.clock.now();
  const [after] = await tx
    .update(warrantyPolicies)
    .set({ cancelledAt: now, updatedAt: now })
    .where(and(eq(warrantyPolicies.tenantId, ctx.tenantId), eq(warrantyPolicies.id, policyId)))
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'warrantyPolicy.cancel',
      objectType: 'warrantyPolicy',
      objectId: policyId,
      before: { cancelledAt: null },
      after: { cancelledAt: now.toISOString(), reason: input.reason },
    },
    ctx.clock,
  );
  return toPolicyView(after!);
}
