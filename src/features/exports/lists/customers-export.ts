import { and, asc, eq, exists, ilike, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { contacts, customers } from '../../customers';
import { containing } from '../../../platform/db';
import { defineExport } from '../define-export';
import { LABELS, labelOf } from '../export-labels';

/** The customer list's search: name or phone, its own or a contact's. */
const query = z.object({ q: z.string().trim().max(64).optional() });

export const customersExport = defineExport({
  permission: 'customers.read',
  name: { zh: '客户', en: 'Customers' },
  query,
  async load(tx, ctx, { q }, limit) {
    const filters: (SQL | undefined)[] = [eq(customers.tenantId, ctx.tenantId)];
    if (q) {
      const like = containing(q);
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
    return tx
      .select({
        code: customers.code,
        name: customers.name,
        phone: customers.phone,
        address: customers.address,
        zone: customers.zone,
        lat: customers.lat,
        lng: customers.lng,
        // Written out: drizzle leaves column names unqualified inside a selected sql fragment.
        departments: sql<string | null>`(SELECT string_agg(d.name, '、' ORDER BY d.name)
          FROM departments d WHERE d.customer_id = customers.id)`,
        isActive: sql<boolean>`${customers.cancelledAt} IS NULL`,
        createdAt: customers.createdAt,
      })
      .from(customers)
      .where(and(...filters))
      .orderBy(asc(customers.name), asc(customers.id))
      .limit(limit);
  },
  // The first columns are the import template's, so an export can be edited and re-imported.
  columns: [
    { zh: '客户编码', en: 'Customer code', value: (r) => r.code },
    { zh: '客户名称', en: 'Customer name', width: 28, value: (r) => r.name },
    { zh: '电话', en: 'Phone', value: (r) => r.phone },
    { zh: '地址', en: 'Address', width: 36, value: (r) => r.address },
    { zh: '服务区域', en: 'Zone', value: (r) => r.zone },
    { zh: '纬度', en: 'Latitude', kind: 'number', value: (r) => r.lat },
    { zh: '经度', en: 'Longitude', kind: 'number', value: (r) => r.lng },
    { zh: '科室', en: 'Departments', width: 30, value: (r) => r.departments },
    { zh: '状态', en: 'Status', value: (r, l) => labelOf(LABELS.active, r.isActive, l) },
    { zh: '创建时间', en: 'Created at', kind: 'datetime', value: (r) => r.createdAt },
  ],
});
