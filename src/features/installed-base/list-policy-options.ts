import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { warrantyPolicies } from '../warranty';

/** Live warranty policies to choose from on a model or an asset (managed by the warranty area). */
export async function listPolicyOptions(
  tx: Tx,
  ctx: RequestContext,
): Promise<{ id: string; name: string }[]> {
  return tx
    .select({ id: warrantyPolicies.id, name: warrantyPolicies.name })
    .from(warrantyPolicies)
    .where(and(eq(warrantyPolicies.tenantId, ctx.tenantId), isNull(warrantyPolicies.cancelledAt)))
    .orderBy(asc(warrantyPolicies.name));
}
