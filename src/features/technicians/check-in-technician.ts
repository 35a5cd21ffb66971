import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { assertTechnician } from './assert-technician';
import { auditTechnician } from './audit-technician';
import { ensureProfile } from './ensure-profile';
import type { CheckInView } from './technician-profile.schemas';
import { technicianProfiles } from './technicians.table';

/** The signed-in technician reports where they are (the phone's geolocation). */
export async function checkInTechnician(
  tx: Tx,
  ctx: RequestContext,
  input: { lat: number; lng: number },
): Promise<CheckInView> {
  const userId = ctx.user.id;
  await assertTechnician(tx, ctx.tenantId, userId);
  await ensureProfile(tx, ctx.tenantId, userId);
  const now = ctx.clock.now();
  await tx
    .update(technicianProfiles)
    .set({ lastLat: input.lat, lastLng: input.lng, lastSeenAt: now })
    .where(eq(technicianProfiles.userId, userId));
  const view = { lastLat: input.lat, lastLng: input.lng, lastSeenAt: now.toISOString() };
  await auditTechnician(tx, ctx, userId, 'checkIn', { after: view });
  return view;
}
