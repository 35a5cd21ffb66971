import { and, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { productCategories } from '../catalog/catalog.table';
import { warrantyPolicies } from '../warranty/warranty.table';
import { brands, productModels, vendors } from './installed-base.table';
import type { ProductModelView } from './product-model.schemas';

export type ProductModelRow = typeof productModels.$inferSelect;
const vendor = alias(vendors, 'model_vendor');

/** Models by id with the names of what they point at, in the order of `ids`. */
export async function productModelViews(
  db: Queryable,
  tenantId: string,
  ids: string[],
): Promise<ProductModelView[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      model: productModels,
      categoryName: productCategories.name,
      brandName: brands.name,
      vendorName: vendor.name,
      policyName: warrantyPolicies.name,
    })
    .from(productModels)
    .innerJoin(productCategories, eq(productCategories.id, productModels.categoryId))
    .innerJoin(brands, eq(brands.id, productModels.brandId))
    .leftJoin(vendor, eq(vendor.id, productModels.vendorId))
    .leftJoin(warrantyPolicies, eq(warrantyPolicies.id, productModels.warrantyPolicyId))
    .where(and(eq(productModels.tenantId, tenantId), inArray(productModels.id, ids)));
  const byId = new Map(rows.map((r) => [r.model.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const m = r.model;
    return [
      {
        id: m.id,
        code: m.code,
        name: m.name,
        category: { id: m.categoryId, name: r.categoryName },
        brand: { id: m.brandId, name: r.brandName },
        vendor: m.vendorId ? { id: m.vendorId, name: r.vendorName ?? '' } : null,
        warrantyPolicy: m.warrantyPolicyId
          ? { id: m.warrantyPolicyId, name: r.policyName ?? '' }
          : null,
        listPriceCents: m.listPriceCents,
        isCancelled: m.cancelledAt !== null,
        createdAt: m.createdAt.toISOString(),
      },
    ];
  });
}

export async function getProductModel(
  db: Queryable,
  tenantId: string,
  modelId: string,
): Promise<ProductModelView> {
  const [view] = await productModelViews(db, tenantId, [modelId]);
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}

export async function findProductModelForUpdate(
  db: Queryable,
  tenantId: string,
  modelId: string,
): Promise<ProductModelRow> {
  const [row] = await db
    .select()
    .from(productModels)
    .where(and(eq(productModels.tenantId, tenantId), eq(productModels.id, modelId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** A model code is unique within its brand (two brands may both have a "P1"). */
export async function assertModelCodeFree(
  db: Queryable,
  tenantId: string,
  brandId: string,
  code: string,
  exceptId?: string,
): Promise<void> {
  const [taken] = await db
    .select({ id: productModels.id })
    .from(productModels)
    .where(
      and(
        eq(productModels.tenantId, tenantId),
        eq(productModels.brandId, brandId),
        eq(productModels.code, code),
      ),
    );
  if (taken && taken.id !== exceptId) throw new AppError('MODEL_CODE_TAKEN');
}

export function auditedModel(row: ProductModelRow): Record<string, unknown> {
  return {
    code: row.code,
    name: row.name,
    categoryId: row.categoryId,
    brandId: row.brandId,
    vendorId: row.vendorId,
    warrantyPolicyId: row.warrantyPolicyId,
    listPriceCents: row.listPriceCents,
  };
}
