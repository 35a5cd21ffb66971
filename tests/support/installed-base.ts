import { randomBytes } from 'node:crypto';
import { type Db, inTenant } from '../../src/platform/db';
import { productCategories } from '../../src/features/catalog/catalog.table';
import { assets, brands, productModels, type AssetStatus } from '../../src/features/installed-base';
import { warrantyPolicies } from '../../src/features/warranty';

export interface TestModelOptions {
  categoryName?: string;
  brandName?: string;
  modelCode?: string;
  modelName?: string;
  /** The model's warranty; null for a model without a policy. Default 30 days / 12 months. */
  policy?: { replacementDays: number; repairMonths: number } | null;
}

/**
 * Test rows only: a category, a brand, a model and (by default) its warranty policy, written
 * directly, for tests of features that read the installed base rather than manage it. Names
 * carry a random tag, so a tenant can hold several.
 */
export async function createTestModel(db: Db, tenantId: string, options: TestModelOptions = {}) {
  const tag = randomBytes(3).toString('hex');
  const policyTerms =
    options.policy === undefined ? { replacementDays: 30, repairMonths: 12 } : options.policy;
  return inTenant(db, tenantId, async (tx) => {
    const [category] = await tx
      .insert(productCategories)
      .values({ tenantId, code: `C${tag}`, name: options.categoryName ?? `打印机${tag}` })
      .returning({ id: productCategories.id });
    const [brand] = await tx
      .insert(brands)
      .values({ tenantId, name: `${options.brandName ?? '惠普'}-${tag}` })
      .returning({ id: brands.id });
    const [policy] = policyTerms
      ? await tx
          .insert(warrantyPolicies)
          .values({ tenantId, name: `标准-${tag}`, ...policyTerms })
          .returning({ id: warrantyPolicies.id })
      : [];
    const modelCode = options.modelCode ?? `M${tag}`;
    const modelName = options.modelName ?? 'LaserJet';
    const [model] = await tx
      .insert(productModels)
      .values({
        tenantId,
        code: modelCode,
        name: modelName,
        categoryId: category!.id,
        brandId: brand!.id,
        warrantyPolicyId: policy?.id ?? null,
      })
      .returning({ id: productModels.id });
    return {
      categoryId: category!.id,
      modelId: model!.id,
      policyId: policy?.id ?? null,
      modelCode,
      modelName,
    };
  });
}

export interface TestAssetInput {
  modelId: string;
  customerId: string;
  departmentId?: string | null;
  installedOn?: string | null;
  serialNumber?: string;
  location?: string;
  status?: AssetStatus;
}

/** Installed units of a model at a customer, written directly, in the order given. */
export async function createTestAssets(db: Db, tenantId: string, units: TestAssetInput[]) {
  return inTenant(db, tenantId, (tx) =>
    tx
      .insert(assets)
      .values(
        units.map((unit) => ({
          tenantId,
          modelId: unit.modelId,
          customerId: unit.customerId,
          departmentId: unit.departmentId ?? null,
          installedOn: unit.installedOn ?? null,
          serialNumber: unit.serialNumber ?? `SN${randomBytes(4).toString('hex').toUpperCase()}`,
          location: unit.location ?? null,
          status: unit.status ?? 'in_service',
        })),
      )
      .returning(),
  );
}

/** One installed unit. */
export async function createTestAsset(db: Db, tenantId: string, unit: TestAssetInput) {
  const [asset] = await createTestAssets(db, tenantId, [unit]);
  return asset!;
}
