import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { assertTechnician } from './assert-technician';
import { auditTechnician } from './audit-technician';
import { ensureProfile } from './ensure-profile';
import { getTechnicianProfile } from './get-technician-profile';
import type { TechnicianProfileView, UpdateProfileBody } from './technician-profile.schemas';
import { technicianProfiles } from './technicians.table';

const pick = (p: typeof technicianProfiles.$inferSelect) => ({
  baseLabel: p.baseLabel,
  baseLat: p.baseLat,
  baseLng: p.baseLng,
  shiftStart: p.shiftStart,
  shiftEnd: p.shiftEnd,
  workDays: p.workDays,
});

/** Base, shift and working days; the profile row is created on the first write. */
export async function updateTechnicianProfile(
  tx: Tx,
  ctx: RequestContext,
  userId: string,
  input: UpdateProfileBody,
): Promise<TechnicianProfileView> {
  await assertTechnician(tx, ctx.tenantId, userId);
  const before = await ensureProfile(tx, ctx.tenantId, userId);
  const [after] = await tx
    .update(technicianProfiles)
    .set({
      baseLabel: input.baseLabel || null,
      baseLat: input.baseLat,
      baseLng: input.baseLng,
      shiftStart: input.shiftStart,
      shiftEnd: input.shiftEnd,
      workDays: input.workDays,
      updatedAt: ctx.clock.now(),
    })
    .where(eq(technicianProfiles.userId, userId))
    .returning();
  await auditTechnician(tx, ctx, userId, 'updateProfile', {
    before: pick(before),
    after: pick(after!),
  });
  return getTechnicianProfile(tx, ctx, userId);
}
