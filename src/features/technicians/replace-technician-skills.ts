import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { productCategories } from '../catalog';
import { assertTechnician } from './assert-technician';
import { auditTechnician } from './audit-technician';
import { getTechnicianProfile } from './get-technician-profile';
import type { ReplaceSkillsBody, TechnicianProfileView } from './technician-profile.schemas';
import { technicianSkills } from './technicians.table';

/**
 * Replaces the technician's whole skill set. Every category must be the tenant's (NOT_FOUND
 * otherwise); a cancelled one may be kept but not newly added.
 */
export async function replaceTechnicianSkills(
  tx: Tx,
  ctx: RequestContext,
  userId: string,
  input: ReplaceSkillsBody,
): Promise<TechnicianProfileView> {
  await assertTechnician(tx, ctx.tenantId, userId);
  const ids = input.skills.map((s) => s.categoryId);
  const categories = ids.length
    ? await tx
        .select({ id: productCategories.id, cancelledAt: productCategories.cancelledAt })
        .from(productCategories)
        .where(
          and(eq(productCategories.tenantId, ctx.tenantId), inArray(productCategories.id, ids)),
        )
    : [];
  if (categories.length !== ids.length) throw new AppError('NOT_FOUND');
  const before = await tx
    .delete(technicianSkills)
    .where(and(eq(technicianSkills.tenantId, ctx.tenantId), eq(technicianSkills.userId, userId)))
    .returning({ categoryId: technicianSkills.categoryId, level: technicianSkills.level });
  const held = new Set(before.map((s) => s.categoryId));
  if (categories.some((c) => c.cancelledAt && !held.has(c.id))) {
    throw new AppError('CATEGORY_CANCELLED');
  }
  if (input.skills.length > 0) {
    await tx
      .insert(technicianSkills)
      .values(input.skills.map((s) => ({ tenantId: ctx.tenantId, userId, ...s })));
  }
  const sorted = (skills: { categoryId: string; level: number }[]) =>
    [...skills].sort((a, b) => a.categoryId.localeCompare(b.categoryId));
  await auditTechnician(tx, ctx, userId, 'replaceSkills', {
    before: { skills: sorted(before) },
    after: { skills: sorted(input.skills) },
  });
  return getTechnicianProfile(tx, ctx, userId);
}
