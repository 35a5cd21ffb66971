import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { users } from '../accounts';

/** An active technician of the tenant, or NOT_A_TECHNICIAN (also for another tenant's user). */
export async function assertTechnician(
  db: Queryable,
  tenantId: string,
  userId: string,
): Promise<{ id: string; displayName: string }> {
  const [user] = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      roles: users.roles,
      isDisabled: users.isDisabled,
    })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  if (!user || user.isDisabled || !user.roles.includes('technician'))
    throw new AppError('NOT_A_TECHNICIAN');
  return { id: user.id, displayName: user.displayName };
}
