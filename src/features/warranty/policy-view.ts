import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { WarrantyPolicyView } from './warranty.schemas';
import { warrantyPolicies } from './warranty.table';
import { termsOf } from './terms-of';

export type WarrantyPolicyRow = typeof warrantyPolicies.$inferSelect;

export function toPolicyView(row: WarrantyPolicyRow): WarrantyPolicyView {
  const terms = termsOf(row);
  return {
    id: row.id,
    name: row.name,
    replacementDays: row.replacementDays,
    repairMonths: row.repairMonths,
    replacementCovers: terms.replacementCovers,
    repairCovers: terms.repairCovers,
    note: row.note,
    isCancelled: row.cancelledAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit trail keeps of a policy. */
export function auditedPolicy(row: WarrantyPolicyRow): Record<string, unknown> {
  const { id: _id, tenantId: _tenant, createdAt: _created, updatedAt: _updated, ...rest } = row;
  return { ...rest, cancelledAt: rest.cancelledAt?.toISOString() ?? null };
}

/** A policy of the tenant, NOT_FOUND otherwise (also for another tenant's id). */
export async function findPolicy(
  db: Queryable,
  tenantId: string,
  policyId: string,
  lock = false,
): Promise<WarrantyPolicyRow> {
  const query = db
    .select()
    .from(warrantyPolicies)
    .where(and(eq(warrantyPolicies.tenantId, tenantId), eq(warrantyPolicies.id, policyId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Names are unique per tenant (cancelled ones too); say so before the unique index does. */
export async function assertPolicyNameFree(
  db: Queryable,
  tenantId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  const [taken] = await db
    .select({ id: warrantyPolicies.id })
    .from(warrantyPolicies)
    .where(and(eq(warrantyPolicies.tenantId, tenantId), eq(warrantyPolicies.name, name)));
  if (taken && taken.id !== exceptId) throw new AppError('WARRANTY_POLICY_NAME_TAKEN');
}

/** The columns a policy's terms are stored in. */
export function policyColumns(input: {
  replacementCovers: { parts: boolean; labour: boolean; travel: boolean };
  repairCovers: { parts: boolean; labour: boolean; travel: boolean };
}) {
  return {
    replacementCoversParts: input.replacementCovers.parts,
    replacementCoversLabour: input.replacementCovers.labour,
    replacementCoversTravel: input.replacementCovers.travel,
    repairCoversParts: input.repairCovers.parts,
    repairCoversLabour: input.repairCovers.labour,
    repairCoversTravel: input.repairCovers.travel,
  };
}
