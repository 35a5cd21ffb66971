import { and, asc, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { vendors } from '../../installed-base';
import { containing } from '../../../platform/db';
import { defineExport } from '../define-export';
import { LABELS, labelOf } from '../export-labels';

const query = z.object({
  q: z.string().trim().max(64).optional(),
  kind: z.enum(['manufacturer', 'dealer']).optional(),
  includeCancelled: z.enum(['true', 'false']).optional(),
});

export const vendorsExport = defineExport({
  permission: 'assets.read',
  name: { zh: '厂家及经销商', en: 'Vendors' },
  query,
  async load(tx, ctx, filter, limit) {
    const filters: (SQL | undefined)[] = [eq(vendors.tenantId, ctx.tenantId)];
    if (filter.kind) filters.push(eq(vendors.kind, filter.kind));
    if (filter.includeCancelled !== 'true') filters.push(isNull(vendors.cancelledAt));
    if (filter.q) {
      const like = containing(filter.q);
      filters.push(or(ilike(vendors.name, like), ilike(vendors.phone, like)));
    }
    return tx
      .select()
      .from(vendors)
      .where(and(...filters))
      .orderBy(asc(vendors.name))
      .limit(limit);
  },
  columns: [
    { zh: '名称', en: 'Name', width: 28, value: (r) => r.name },
    { zh: '类型', en: 'Kind', value: (r, l) => labelOf(LABELS.vendorKind, r.kind, l) },
    { zh: '电话', en: 'Phone', value: (r) => r.phone },
    { zh: '邮箱', en: 'E-mail', width: 24, value: (r) => r.email },
    { zh: '地址', en: 'Address', width: 36, value: (r) => r.address },
    { zh: '备注', en: 'Note', width: 30, value: (r) => r.note },
    {
      zh: '状态',
      en: 'Status',
      value: (r, l) => labelOf(LABELS.active, r.cancelledAt === null, l),
    },
    { zh: '创建时间', en: 'Created at', kind: 'datetime', value: (r) => r.createdAt },
  ],
});
