import { and, asc, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { productCategories } from '../../catalog';
import { brands, productModels, vendors } from '../../installed-base';
import { warrantyPolicies } from '../../warranty';
import { containing } from '../../../platform/db';
import { defineExport } from '../define-export';
import { LABELS, labelOf } from '../export-labels';

const query = z.object({
  q: z.string().trim().max(64).optional(),
  brandId: z.uuid().optional(),
  categoryId: z.uuid().optional(),
  includeCancelled: z.enum(['true', 'false']).optional(),
});

export const productModelsExport = defineExport({
  permission: 'assets.read',
  name: { zh: '产品型号', en: 'Product models' },
  query,
  async load(tx, ctx, filter, limit) {
    const filters: (SQL | undefined)[] = [eq(productModels.tenantId, ctx.tenantId)];
    if (filter.brandId) filters.push(eq(productModels.brandId, filter.brandId));
    if (filter.categoryId) filters.push(eq(productModels.categoryId, filter.categoryId));
    if (filter.includeCancelled !== 'true') filters.push(isNull(productModels.cancelledAt));
    if (filter.q) {
      const like = containing(filter.q);
      filters.push(or(ilike(productModels.code, like), ilike(productModels.name, like)));
    }
    return tx
      .select({
        code: productModels.code,
        name: productModels.name,
        brand: brands.name,
        category: productCategories.name,
        vendor: vendors.name,
        policy: warrantyPolicies.name,
        listPriceCents: productModels.listPriceCents,
        cancelledAt: productModels.cancelledAt,
      })
      .from(productModels)
      .innerJoin(brands, eq(brands.id, productModels.brandId))
      .innerJoin(productCategories, eq(productCategories.id, productModels.categoryId))
      .leftJoin(vendors, eq(vendors.id, productModels.vendorId))
      .leftJoin(warrantyPolicies, eq(warrantyPolicies.id, productModels.warrantyPolicyId))
      .where(and(...filters))
      .orderBy(asc(brands.name), asc(productModels.code))
      .limit(limit);
  },
  columns: [
    { zh: '品牌', en: 'Brand', value: (r) => r.brand },
    { zh: '型号编码', en: 'Model code', value: (r) => r.code },
    { zh: '型号名称', en: 'Model name', width: 28, value: (r) => r.name },
    { zh: '产品类别', en: 'Category', value: (r) => r.category },
    { zh: '厂家/经销商', en: 'Vendor', width: 24, value: (r) => r.vendor },
    { zh: '保修政策', en: 'Warranty policy', value: (r) => r.policy },
    { zh: '参考价格(元)', en: 'List price', kind: 'money', value: (r) => r.listPriceCents },
    {
      zh: '状态',
      en: 'Status',
      value: (r, l) => labelOf(LABELS.active, r.cancelledAt === null, l),
    },
  ],
});
