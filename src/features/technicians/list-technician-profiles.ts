import { and, arrayContains, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { type RequestContext, users } from '../accounts';
import type { TechnicianProfileView } from './technician-profile.schemas';
import { loadProfileViews } from './technician-profile-view';

/** Every active technician of the tenant with what dispatch knows about them, by name. */
export async function listTechnicianProfiles(
  tx: Tx,
  ctx: RequestContext,
): Promise<TechnicianProfileView[]> {
  const techs = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.tenantId, ctx.tenantId),
        eq(users.isDisabled, false),
        arrayContains(users.roles, ['technician']),
      ),
    )
    .orderBy(asc(users.displayName), asc(users.username));
  return loadProfileViews(
    tx,
    ctx,
    techs.map((t) => t.id),
  );
}
