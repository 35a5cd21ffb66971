import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { assertTechnician } from './assert-technician';
import { auditTechnician } from './audit-technician';
import { getTechnicianProfile } from './get-technician-profile';
import type { TechnicianProfileView } from './technician-profile.schemas';
import { technicianDaysOff } from './technicians.table';

/** Takes a day off back (plans changed); the audit event keeps what it was. */
export async function removeTechnicianDayOff(
  tx: Tx,
  ctx: RequestContext,
  userId: string,
  day: string,
): Promise<TechnicianProfileView> {
  await assertTechnician(tx, ctx.tenantId, userId);
  const [removed] = await tx
    .delete(technicianDaysOff)
    .where(
      and(
        eq(technicianDaysOff.tenantId, ctx.tenantId),
        eq(technicianDaysOff.userId, userId),
        eq(technicianDaysOff.day, day),
      ),
    )
    .returning();
  if (!removed) throw new AppError('NOT_FOUND');
  await auditTechnician(tx, ctx, userId, 'removeDayOff', {
    before: { day: removed.day, reason: removed.reason },
  });
  return getTechnicianProfile(tx, ctx, userId);
}
