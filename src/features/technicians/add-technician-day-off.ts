import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { assertTechnician } from './assert-technician';
import { auditTechnician } from './audit-technician';
import { getTechnicianProfile } from './get-technician-profile';
import type { AddDayOffBody, TechnicianProfileView } from './technician-profile.schemas';
import { technicianDaysOff } from './technicians.table';

/** A day the technician is not dispatched; the same day again replaces its reason. */
export async function addTechnicianDayOff(
  tx: Tx,
  ctx: RequestContext,
  userId: string,
  input: AddDayOffBody,
): Promise<TechnicianProfileView> {
  await assertTechnician(tx, ctx.tenantId, userId);
  await tx
    .insert(technicianDaysOff)
    .values({ tenantId: ctx.tenantId, userId, day: input.day, reason: input.reason })
    .onConflictDoUpdate({
      target: [technicianDaysOff.userId, technicianDaysOff.day],
      set: { reason: input.reason },
    });
  await auditTechnician(tx, ctx, userId, 'addDayOff', { after: { ...input } });
  return getTechnicianProfile(tx, ctx, userId);
}
