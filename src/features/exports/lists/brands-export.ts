import { and, asc, count, eq, ilike, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { brands, productModels } from '../../installed-base';
import { containing } from '../../../platform/db';
import { defineExport } from '../define-export';
import { LABELS, labelOf } from '../export-labels';

const query = z.object({
  q: z.string().trim().max(64).optional(),
  includeCancelled: z.enum(['true', 'false']).optional(),
});

export const brandsExport = defineExport({
  permission: 'assets.read',
  name: { zh: '品牌', en: 'Brands' },
  query,
  async load(tx, ctx, filter, limit) {
    const filters: (SQL | undefined)[] = [eq(brands.tenantId, ctx.tenantId)];
    if (filter.includeCancelled !== 'true') filters.push(isNull(brands.cancelledAt));
    if (filter.q) filters.push(ilike(brands.name, containing(filter.q)));
    return tx
      .select({
        name: brands.name,
        cancelledAt: brands.cancelledAt,
        createdAt: brands.createdAt,
        models: count(productModels.id),
      })
      .from(brands)
      .leftJoin(productModels, eq(productModels.brandId, brands.id))
      .where(and(...filters))
      .groupBy(brands.id)
      .orderBy(asc(brands.name))
      .limit(limit);
  },
  columns: [
    { zh: '品牌', en: 'Brand', width: 24, value: (r) => r.name },
    { zh: '型号数', en: 'Models', value: (r) => r.models },
    {
      zh: '状态',
      en: 'Status',
      value: (r, l) => labelOf(LABELS.active, r.cancelledAt === null, l),
    },
    { zh: '创建时间', en: 'Created at', kind: 'datetime', value: (r) => r.createdAt },
  ],
});
