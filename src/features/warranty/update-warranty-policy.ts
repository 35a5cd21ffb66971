import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import {
  assertPolicyNameFree,
  auditedPolicy,
  findPolicy,
  policyColumns,
  toPolicyView,
} from './policy-view';
import { termsOf } from './terms-of';
import type { UpdateWarrantyPolicyBody, WarrantyPolicyView } from './warranty.schemas';
import { warrantyPolicies } from './warranty.table';

/**
 * Edits a live policy. Assets and models point at it, so a change applies to their warranty
 * from now on; the audit trail keeps what it was.
 */
export async function updateWarrantyPolicy(
  tx: Tx,
  ctx: RequestContext,
  policyId: string,
  patch: UpdateWarrantyPolicyBody,
): Promise<WarrantyPolicyView> {
  const before = await findPolicy(tx, ctx.tenantId, policyId, true);
  if (before.cancelledAt) throw new AppError('WARRANTY_POLICY_CANCELLED');
  if (patch.name && patch.name !== before.name)
    await assertPolicyNameFree(tx, ctx.tenantId, patch.name, policyId);
  const terms = termsOf(before);
  const [after] = await tx
    .update(warrantyPolicies)
    .set({
      name: patch.name ?? before.name,
      replacementDays: patch.replacementDays ?? before.replacementDays,
      repairMonths: patch.repairMonths ?? before.repairMonths,
      ...policyColumns({
        replacementCovers: patch.replacementCovers ?? terms.replacementCovers,
        repairCovers: patch.repairCovers ?? terms.repairCovers,
      }),
      note: patch.note === undefined ? before.note : patch.note,
      updatedAt: ctx.clock.now(),
    })
    .where(and(eq(warrantyPolicies.tenantId, ctx.tenantId), eq(warrantyPolicies.id, policyId)))
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'warrantyPolicy.update',
      objectType: 'warrantyPolicy',
      objectId: policyId,
      before: auditedPolicy(before),
      after: auditedPolicy(after!),
    },
    ctx.clock,
  );
  return toPolicyView(after!);
}
