import { and, asc, eq } from 'drizzle-orm';
import { type Queryable, sequentially } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { CustomerView } from './customer.schemas';
import { contacts, customers, departments } from './customers.table';

/** One customer of the tenant with its departments and contacts; NOT_FOUND otherwise. */
export async function getCustomer(
  db: Queryable,
  tenantId: string,
  customerId: string,
): Promise<CustomerView> {
  const [customer] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)));
  if (!customer) throw new AppError('NOT_FOUND');
  const [deps, people] = await sequentially(
    db
      .select()
      .from(departments)
      .where(and(eq(departments.tenantId, tenantId), eq(departments.customerId, customerId)))
      .orderBy(asc(departments.name)),
    db
      .select()
      .from(contacts)
      .where(and(eq(contacts.tenantId, tenantId), eq(contacts.customerId, customerId)))
      .orderBy(asc(contacts.name)),
  );
  return {
    id: customer.id,
    name: customer.name,
    phone: customer.phone,
    address: customer.address,
    lat: customer.lat,
    lng: customer.lng,
    isCancelled: customer.cancelledAt !== null,
    departments: deps.map((d) => ({ id: d.id, name: d.name, phone: d.phone })),
    contacts: people.map((c) => ({
      id: c.id,
      name: c.name,
      phone: c.phone,
      title: c.title,
      departmentId: c.departmentId,
    })),
    createdAt: customer.createdAt.toISOString(),
  };
}
