import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { assertPolicyNameFree, auditedPolicy, policyColumns, toPolicyView } from './policy-view';
import type { CreateWarrantyPolicyBody, WarrantyPolicyView } from './warranty.schemas';
import { warrantyPolicies } from './warranty.table';

export async function createWarrantyPolicy(
  tx: Tx,
  ctx: RequestContext,
  input: CreateWarrantyPolicyBody,
): Promise<WarrantyPolicyView> {
  await assertPolicyNameFree(tx, ctx.tenantId, input.name);
  const now = ctx.clock.now();
  const [row] = await tx
    .insert(warrantyPolicies)
    .values({
      tenantId: ctx.tenantId,
      name: input.name,
      replacementDays: input.replacementDays,
      repairMonths: input.repairMonths,
      ...policyColumns(input),
      note: input.note,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'warrantyPolicy.create',
      objectType: 'warrantyPolicy',
      objectId: row!.id,
      after: auditedPolicy(row!),
      isNew: true,
    },
    ctx.clock,
  );
  return toPolicyView(row!);
}
