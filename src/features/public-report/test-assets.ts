import { randomBytes } from 'node:crypto';
import { type Db, inTenant } from '../../platform/db';
import { issuePublicToken } from '../../platform/public-tokens';
import { productCategories } from '../catalog';
import { assets, brands, productModels } from '../installed-base';
import { warrantyPolicies } from '../warranty';
import type { TestTenant } from '../../../tests/support/factories';

export interface TestAsset {
  assetId: string;
  token: string;
  serialNumber: string;
  modelName: string;
}

/**
 * A unit at the tenant's test hospital (first department), with a 30-day 包换期 / 12-month
 * 保修期 policy counted from `installedOn`, and a live QR token. Rows are written directly:
 * the installed-base use cases belong to another feature and are not what these tests test.
 */
export async function createTestAsset(
  db: Db,
  t: TestTenant,
  options: { installedOn?: string; withDepartment?: boolean } = {},
): Promise<TestAsset> {
  const tag = randomBytes(3).toString('hex');
  return inTenant(db, t.tenantId, async (tx) => {
    const [category] = await tx
      .insert(productCategories)
      .values({ tenantId: t.tenantId, code: `CT${tag}`.toUpperCase(), name: '医疗设备' })
      .returning({ id: productCategories.id });
    const [brand] = await tx
      .insert(brands)
      .values({ tenantId: t.tenantId, name: `迈瑞-${tag}` })
      .returning({ id: brands.id });
    const [policy] = await tx
      .insert(warrantyPolicies)
      .values({ tenantId: t.tenantId, name: `标准-${tag}`, replacementDays: 30, repairMonths: 12 })
      .returning({ id: warrantyPolicies.id });
    const modelName = '监护仪 BeneVision';
    const [model] = await tx
      .insert(productModels)
      .values({
        tenantId: t.tenantId,
        code: `N${tag}`,
        name: modelName,
        categoryId: category!.id,
        brandId: brand!.id,
        warrantyPolicyId: policy!.id,
      })
      .returning({ id: productModels.id });
    const serialNumber = `SN-${tag}`;
    const [asset] = await tx
      .insert(assets)
      .values({
        tenantId: t.tenantId,
        serialNumber,
        modelId: model!.id,
        customerId: t.customer.id,
        departmentId: options.withDepartment === false ? null : t.customer.departments[0]!.id,
        location: '门诊楼3层 护士站',
        installedOn: options.installedOn ?? '2026-06-01',
      })
      .returning({ id: assets.id });
    const token = await issuePublicToken(tx, {
      kind: 'asset',
      tenantId: t.tenantId,
      targetId: asset!.id,
    });
    return { assetId: asset!.id, token, serialNumber, modelName };
  });
}
