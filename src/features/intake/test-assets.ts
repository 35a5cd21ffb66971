import { randomBytes } from 'node:crypto';
import { type Db, inTenant } from '../../platform/db';
import { productCategories } from '../catalog/catalog.table';
import { assets, brands, productModels } from '../installed-base';
import { warrantyPolicies } from '../warranty';

/** Test rows only: a category, brand and model under a 30-day / 12-month warranty policy. */
export async function createTestModel(db: Db, tenantId: string) {
  const tag = randomBytes(3).toString('hex');
  return inTenant(db, tenantId, async (tx) => {
    const [category] = await tx
      .insert(productCategories)
      .values({ tenantId, code: `PRN${tag}`, name: `打印机${tag}` })
      .returning();
    const [brand] = await tx
      .insert(brands)
      .values({ tenantId, name: `惠普${tag}` })
      .returning();
    const [policy] = await tx
      .insert(warrantyPolicies)
      .values({ tenantId, name: `标准${tag}`, replacementDays: 30, repairMonths: 12 })
      .returning();
    const [model] = await tx
      .insert(productModels)
      .values({
        tenantId,
        code: `M${tag}`,
        name: 'LaserJet',
        categoryId: category!.id,
        brandId: brand!.id,
        warrantyPolicyId: policy!.id,
      })
      .returning();
    return { categoryId: category!.id, modelId: model!.id, policyId: policy!.id };
  });
}

/** One installed unit of `modelId` at a customer, installed on `installedOn` (ISO date). */
export async function createTestAsset(
  db: Db,
  tenantId: string,
  input: {
    modelId: string;
    customerId: string;
    departmentId?: string;
    installedOn: string;
    serialNumber?: string;
  },
) {
  return inTenant(db, tenantId, async (tx) => {
    const [asset] = await tx
      .insert(assets)
      .values({
        tenantId,
        modelId: input.modelId,
        customerId: input.customerId,
        departmentId: input.departmentId ?? null,
        installedOn: input.installedOn,
        serialNumber: input.serialNumber ?? `SN${randomBytes(4).toString('hex').toUpperCase()}`,
      })
      .returning();
    return asset!;
  });
}
