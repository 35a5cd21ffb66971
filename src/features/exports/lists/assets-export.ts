import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { productCategories } from '../../catalog';
import { customers, departments } from '../../customers';
import { ASSET_STATUSES, assets, brands, productModels } from '../../installed-base';
import { warrantyPolicies } from '../../warranty';
import { containing } from '../../../platform/db';
import { defineExport } from '../define-export';
import { LABELS, labelOf } from '../export-labels';

/** The asset list's filters: search (serial, location, customer), customer, model, status. */
const query = z.object({
  q: z.string().trim().max(64).optional(),
  customerId: z.uuid().optional(),
  modelId: z.uuid().optional(),
  status: z.enum(ASSET_STATUSES).optional(),
});
const policy = alias(warrantyPolicies, 'asset_policy');

export const assetsExport = defineExport({
  permission: 'assets.read',
  name: { zh: '设备', en: 'Assets' },
  query,
  async load(tx, ctx, filter, limit) {
    const filters: (SQL | undefined)[] = [eq(assets.tenantId, ctx.tenantId)];
    if (filter.customerId) filters.push(eq(assets.customerId, filter.customerId));
    if (filter.modelId) filters.push(eq(assets.modelId, filter.modelId));
    if (filter.status) filters.push(eq(assets.status, filter.status));
    if (filter.q) {
      const like = containing(filter.q);
      filters.push(
        or(
          ilike(assets.serialNumber, like),
          ilike(assets.location, like),
          ilike(customers.name, like),
        ),
      );
    }
    return tx
      .select({
        serial: assets.serialNumber,
        brand: brands.name,
        modelCode: productModels.code,
        modelName: productModels.name,
        category: productCategories.code,
        customer: customers.code,
        customerName: customers.name,
        department: departments.name,
        location: assets.location,
        purchasedOn: assets.purchasedOn,
        installedOn: assets.installedOn,
        policy: policy.name,
        priceCents: assets.purchasePriceCents,
        lat: assets.lat,
        lng: assets.lng,
        note: assets.note,
        status: assets.status,
      })
      .from(assets)
      .innerJoin(productModels, eq(productModels.id, assets.modelId))
      .innerJoin(brands, eq(brands.id, productModels.brandId))
      .innerJoin(productCategories, eq(productCategories.id, productModels.categoryId))
      .innerJoin(customers, eq(customers.id, assets.customerId))
      .leftJoin(departments, eq(departments.id, assets.departmentId))
      .leftJoin(policy, eq(policy.id, assets.warrantyPolicyId))
      .where(and(...filters))
      .orderBy(
        asc(customers.name),
        asc(brands.name),
        asc(productModels.code),
        asc(assets.serialNumber),
      )
      .limit(limit);
  },
  // The import template's columns first and with its headers: export, edit, re-import.
  columns: [
    { zh: '序列号', en: 'Serial number', value: (r) => r.serial },
    { zh: '品牌', en: 'Brand', value: (r) => r.brand },
    { zh: '型号编码', en: 'Model code', value: (r) => r.modelCode },
    { zh: '型号名称', en: 'Model name', width: 24, value: (r) => r.modelName },
    { zh: '产品类别', en: 'Category', value: (r) => r.category },
    { zh: '客户', en: 'Customer', width: 28, value: (r) => r.customer ?? r.customerName },
    { zh: '科室', en: 'Department', value: (r) => r.department },
    { zh: '位置', en: 'Location', width: 24, value: (r) => r.location },
    { zh: '购买日期', en: 'Purchased on', kind: 'date', value: (r) => r.purchasedOn },
    { zh: '安装日期', en: 'Installed on', kind: 'date', value: (r) => r.installedOn },
    { zh: '保修政策', en: 'Warranty policy', value: (r) => r.policy },
    { zh: '购买价格(元)', en: 'Purchase price', kind: 'money', value: (r) => r.priceCents },
    { zh: '纬度', en: 'Latitude', kind: 'number', value: (r) => r.lat },
    { zh: '经度', en: 'Longitude', kind: 'number', value: (r) => r.lng },
    { zh: '备注', en: 'Note', width: 30, value: (r) => r.note },
    { zh: '客户名称', en: 'Customer name', width: 28, value: (r) => r.customerName },
    { zh: '状态', en: 'Status', value: (r, l) => labelOf(LABELS.assetStatus, r.status, l) },
  ],
});
