import { and, arrayContains, asc, count, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { type TechnicianView, users } from '../accounts';
import { workOrders } from './work-orders.table';

/** An active technician of the tenant, or NOT_A_TECHNICIAN. */
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
  return user;
}

/** Active technicians with how many open orders each holds: the assign picker. */
export async function listTechnicians(db: Queryable, tenantId: string): Promise<TechnicianView[]> {
  const techs = await db
    .select({ id: users.id, displayName: users.displayName, phone: users.phone })
    .from(users)
    .where(
      and(
        eq(users.tenantId, tenantId),
        eq(users.isDisabled, false),
        arrayContains(users.roles, ['technician']),
      ),
    )
    .orderBy(asc(users.displayName));
  const loads = await db
    .select({ id: workOrders.technicianId, n: count() })
    .from(workOrders)
    .where(and(eq(workOrders.tenantId, tenantId), inArray(workOrders.status, ['assigned'])))
    .groupBy(workOrders.technicianId);
  const load = new Map(loads.map((l) => [l.id, l.n]));
  return techs.map((t) => ({ ...t, openOrders: load.get(t.id) ?? 0 }));
}
