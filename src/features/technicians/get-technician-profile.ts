import type { Queryable } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { assertTechnician } from './assert-technician';
import type { TechnicianProfileView } from './technician-profile.schemas';
import { loadProfileViews } from './technician-profile-view';

/** One active technician's profile; NOT_A_TECHNICIAN for anyone else. */
export async function getTechnicianProfile(
  db: Queryable,
  ctx: Pick<RequestContext, 'tenantId' | 'tenantTimezone' | 'clock'>,
  userId: string,
): Promise<TechnicianProfileView> {
  await assertTechnician(db, ctx.tenantId, userId);
  const [view] = await loadProfileViews(db, ctx, [userId]);
  return view!;
}
