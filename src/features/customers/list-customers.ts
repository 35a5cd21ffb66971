import { and, asc, count, eq, exists, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { containing, type Tx, sequentially } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { CustomerView, listCustomersQuery } from './customer.schemas';
import { contacts, customers, departments } from './customers.table';

/** Customers by name or phone (their own, or a contact's), with departments and contacts. */
export async function listCustomers(
  tx: Tx,
  ctx: RequestContext,
  query: z.infer<typeof listCustomersQuery>,
): Promise<{ items: CustomerView[]; total: number }> {
  const filters: (SQL | undefined)[] = [eq(customers.tenantId, ctx.tenantId)];
  if (query.q) {
    const like = containing(query.q);
    filters.push(
      or(
        ilike(customers.name, like),
        ilike(customers.phone, like),
        exists(
          tx
            .select({ one: contacts.id })
            .from(contacts)
            .where(
              and(
                eq(contacts.customerId, customers.id),
                or(ilike(contacts.name, like), ilike(contacts.phone, like)),
              ),
            ),
        ),
      ),
    );
  }
  const where = and(...filters);
  const [rows, [total]] = await sequentially(
    tx
      .select()
      .from(customers)
      .where(where)
      .orderBy(asc(customers.name))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    tx.select({ n: count() }).from(customers).where(where),
  );
  const ids = rows.map((r) => r.id);
  const [deps, people] = ids.length
    ? await sequentially(
        tx
          .select()
          .from(departments)
          .where(inArray(departments.customerId, ids))
          .orderBy(asc(departments.name)),
        tx
          .select()
          .from(contacts)
          .where(inArray(contacts.customerId, ids))
          .orderBy(asc(contacts.name)),
      )
    : [[], []];
  const items = rows.map((c) => ({
    id: c.id,
    name: c.name,
    phone: c.phone,
    address: c.address,
    lat: c.lat,
    lng: c.lng,
    isCancelled: c.cancelledAt !== null,
    departments: deps
      .filter((d) => d.customerId === c.id)
      .map((d) => ({ id: d.id, name: d.name, phone: d.phone })),
    contacts: people
      .filter((p) => p.customerId === c.id)
      .map((p) => ({
        id: p.id,
        name: p.name,
        phone: p.phone,
        title: p.title,
        departmentId: p.departmentId,
      })),
    createdAt: c.createdAt.toISOString(),
  }));
  return { items, total: total?.n ?? 0 };
}
