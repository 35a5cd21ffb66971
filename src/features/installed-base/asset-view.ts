import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { customers, departments } from '../customers/customers.table';
import { warrantyPolicies } from '../warranty/warranty.table';
import type { AssetView } from './asset.schemas';
import { assets, brands, productModels } from './installed-base.table';

export type AssetRow = typeof assets.$inferSelect;

/** Assets by id with model, brand, customer, department and policy names, in `ids` order. */
export async function assetViews(
  db: Queryable,
  tenantId: string,
  ids: string[],
): Promise<AssetView[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      asset: assets,
      modelCode: productModels.code,
      modelName: productModels.name,
      brandName: brands.name,
      customerName: customers.name,
      departmentName: departments.name,
      policyName: warrantyPolicies.name,
    })
    .from(assets)
    .innerJoin(productModels, eq(productModels.id, assets.modelId))
    .innerJoin(brands, eq(brands.id, productModels.brandId))
    .innerJoin(customers, eq(customers.id, assets.customerId))
    .leftJoin(departments, eq(departments.id, assets.departmentId))
    .leftJoin(warrantyPolicies, eq(warrantyPolicies.id, assets.warrantyPolicyId))
    .where(and(eq(assets.tenantId, tenantId), inArray(assets.id, ids)));
  const byId = new Map(rows.map((r) => [r.asset.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const a = r.asset;
    return [
      {
        id: a.id,
        serialNumber: a.serialNumber,
        model: { id: a.modelId, code: r.modelCode, name: r.modelName, brandName: r.brandName },
        customer: { id: a.customerId, name: r.customerName },
        department: a.departmentId ? { id: a.departmentId, name: r.departmentName ?? '' } : null,
        location: a.location,
        purchasedOn: a.purchasedOn,
        installedOn: a.installedOn,
        warrantyPolicy: a.warrantyPolicyId
          ? { id: a.warrantyPolicyId, name: r.policyName ?? '' }
          : null,
        purchasePriceCents: a.purchasePriceCents,
        lat: a.lat,
        lng: a.lng,
        status: a.status,
        note: a.note,
        version: a.version,
        createdAt: a.createdAt.toISOString(),
        updatedAt: a.updatedAt.toISOString(),
      },
    ];
  });
}

export async function getAssetView(
  db: Queryable,
  tenantId: string,
  assetId: string,
): Promise<AssetView> {
  const [view] = await assetViews(db, tenantId, [assetId]);
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}

/** A model's serial numbers are unique: one physical unit, one asset. */
export async function assertSerialFree(
  db: Queryable,
  tenantId: string,
  modelId: string,
  serialNumber: string,
  exceptId?: string,
): Promise<void> {
  const [taken] = await db
    .select({ id: assets.id })
    .from(assets)
    .where(
      and(
        eq(assets.tenantId, tenantId),
        eq(assets.modelId, modelId),
        eq(assets.serialNumber, serialNumber),
      ),
    );
  if (taken && taken.id !== exceptId) throw new AppError('ASSET_SERIAL_TAKEN');
}

export function auditedAsset(row: AssetRow): Record<string, unknown> {
  const {
    id: _id,
    tenantId: _tenant,
    createdAt: _created,
    updatedAt: _updated,
    replacedById: _replaced,
    ...rest
  } = row;
  return rest;
}
