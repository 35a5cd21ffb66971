import { and, asc, eq, isNull } from 'drizzle-orm';
import { type Db, inTenant } from '../../platform/db';
import { users } from '../accounts';
import { customers, departments } from '../customers';

/** A user as the audit trail names them. */
export interface StaffRef {
  id: string;
  name: string;
  /** Roles, comma-separated, as `actorOf` writes them. */
  role: string;
}

export interface CustomerRef {
  id: string;
  name: string;
  departments: { id: string; name: string }[];
}

/** The demo tenant's people and customers that bulk orders are made for. */
export interface BulkContext {
  tenantId: string;
  timeZone: string;
  desk: StaffRef;
  technicians: StaffRef[];
  customers: CustomerRef[];
}

export async function loadBulkContext(
  db: Db,
  tenant: { id: string; timezone: string },
): Promise<BulkContext> {
  return inTenant(db, tenant.id, async (tx) => {
    const staff = await tx
      .select({
        id: users.id,
        name: users.displayName,
        roles: users.roles,
        username: users.username,
      })
      .from(users)
      .where(and(eq(users.tenantId, tenant.id), eq(users.isDisabled, false)))
      .orderBy(asc(users.username));
    const desk = staff.find((u) => u.username === 'dispatcher');
    const technicians = staff.filter((u) => u.roles.includes('technician'));
    if (!desk || technicians.length === 0)
      throw new Error('the demo tenant has no dispatcher or no active technicians');
    const ref = (u: (typeof staff)[number]) => ({
      id: u.id,
      name: u.name,
      role: u.roles.join(','),
    });
    const custs = await tx
      .select({ id: customers.id, name: customers.name })
      .from(customers)
      .where(and(eq(customers.tenantId, tenant.id), isNull(customers.cancelledAt)))
      .orderBy(asc(customers.name));
    const depts = await tx
      .select({ id: departments.id, name: departments.name, customerId: departments.customerId })
      .from(departments)
      .where(eq(departments.tenantId, tenant.id))
      .orderBy(asc(departments.name));
    if (custs.length === 0) throw new Error('the demo tenant has no customers');
    return {
      tenantId: tenant.id,
      timeZone: tenant.timezone,
      desk: ref(desk),
      technicians: technicians.map(ref),
      customers: custs.map((c) => ({
        ...c,
        departments: depts
          .filter((d) => d.customerId === c.id)
          .map(({ id, name }) => ({ id, name })),
      })),
    };
  });
}
