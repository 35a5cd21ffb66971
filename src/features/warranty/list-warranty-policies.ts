import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { toPolicyView } from './policy-view';
import type { listWarrantyPoliciesQuery, WarrantyPolicyView } from './warranty.schemas';
import { warrantyPolicies } from './warranty.table';

/** The tenant's warranty policies by name; cancelled ones only when asked for. */
export async function listWarrantyPolicies(
  tx: Tx,
  ctx: RequestContext,
  query: z.infer<typeof listWarrantyPoliciesQuery>,
): Promise<WarrantyPolicyView[]> {
  const filters: SQL[] = [eq(warrantyPolicies.tenantId, ctx.tenantId)];
  if (query.includeCancelled !== 'true') filters.push(isNull(warrantyPolicies.cancelledAt));
  const rows = await tx
    .select()
    .from(warrantyPolicies)
    .where(and(...filters))
    .orderBy(asc(warrantyPolicies.name));
  return rows.map(toPolicyView);
}
