import type { Tx } from '../../platform/db';
import type { TestTenant } from '../../../tests/support/factories';
import { createCategory } from '../catalog';
import { warrantyPolicies } from '../warranty';
import { createAsset } from './create-asset';
import { createBrand } from './create-brand';
import { createProductModel } from './create-product-model';
import { createAssetBody } from './asset.schemas';

/** A policy row written directly: the policy screens belong to the warranty area. */
export async function insertPolicy(
  tx: Tx,
  tenantId: string,
  name: string,
  replacementDays = 15,
  repairMonths = 12,
) {
  const [row] = await tx
    .insert(warrantyPolicies)
    .values({ tenantId, name, replacementDays, repairMonths })
    .returning();
  return row!;
}

/** A category, brand, model (with a 15-day / 12-month policy) and one installed unit. */
export async function seedInstalledBase(tx: Tx, t: TestTenant, suffix = '') {
  const category = await createCategory(tx, t.admin, {
    code: `MED${suffix}`,
    name: `医疗设备${suffix}`,
    defaultMinutes: 60,
    requiresCertificate: false,
  });
  const brand = await createBrand(tx, t.admin, { name: `迈瑞${suffix}` });
  const policy = await insertPolicy(tx, t.tenantId, `标准保修${suffix}`);
  const model = await createProductModel(tx, t.admin, {
    code: `BC-5000${suffix}`,
    name: '血细胞分析仪',
    categoryId: category.id,
    brandId: brand.id,
    warrantyPolicyId: policy.id,
    listPriceCents: 12_000_000,
  });
  const asset = await createAsset(
    tx,
    t.admin,
    createAssetBody.parse({
      serialNumber: `SN-001${suffix}`,
      modelId: model.id,
      customerId: t.customer.id,
      departmentId: t.customer.departments[1]!.id,
      installedOn: '2026-11-01',
    }),
  );
  return { category, brand, policy, model, asset };
}
