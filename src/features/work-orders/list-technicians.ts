import { and, arrayContains, asc, count, eq, notInArray } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { type TechnicianView, users } from '../accounts';
import type { WorkOrderStatus } from './work-order.states';
import { workOrders } from './work-orders.table';

/** A technician's job is done once closed, cancelled or taken back (the returns clerk has it). */
const NOT_OPEN: WorkOrderStatus[] = ['new', 'closed', 'cancelled', 'taken_back'];

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
    .where(and(eq(workOrders.tenantId, tenantId), notInArray(workOrders.status, NOT_OPEN)))
    .groupBy(workOrders.technicianId);
  const load = new Map(loads.map((l) => [l.id, l.n]));
  return techs.map((t) => ({ ...t, openOrders: load.get(t.id) ?? 0 }));
}
