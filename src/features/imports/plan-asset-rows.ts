import { randomUUID } from 'node:crypto';
import type { AssetRow } from './asset-rows.rules';
import { assetLabels, modelKeyOf } from './asset-rows.rules';
import type { AssetReferences } from './load-asset-references';
import { type RowFailure, rowFailure } from './row-problem';

export interface PlannedAsset extends AssetRow {
  modelId: string;
  /** The model is created by this import, so the unit cannot exist yet. */
  isNewModel: boolean;
  customerId: string;
  warrantyPolicyId: string | null;
}

export interface AssetPlan {
  assets: PlannedAsset[];
  failures: RowFailure[];
  newBrands: { id: string; name: string }[];
  newModels: { id: string; brandId: string; code: string; name: string; categoryId: string }[];
}

/**
 * Resolves each row's references; a row with any unresolved one is refused whole. A missing
 * model is created when the row gives its name and category (and its brand, when missing too),
 * but only for a row that is otherwise good, so a refused row creates nothing.
 */
export function planAssetRows(rows: readonly AssetRow[], refs: AssetReferences): AssetPlan {
  const plan: AssetPlan = { assets: [], failures: [], newBrands: [], newModels: [] };
  const newBrandIds = new Map<string, string>();
  const newModelIds = new Map<string, string>();
  for (const row of rows) {
    const problems: RowFailure[] = [];
    const refuse = (code: RowFailure['code'], column: keyof typeof assetLabels, value: string) =>
      problems.push(rowFailure(row.row, code, assetLabels[column], { value }));
    const customer = refs.customer(row.customer);
    if (!customer) refuse('UNKNOWN_CUSTOMER', 'customer', row.customer);
    else if ('ambiguous' in customer) refuse('AMBIGUOUS_CUSTOMER', 'customer', row.customer);
    const warrantyPolicyId = row.warrantyPolicy ? (refs.policy(row.warrantyPolicy) ?? null) : null;
    if (row.warrantyPolicy && !warrantyPolicyId) {
      refuse('UNKNOWN_WARRANTY_POLICY', 'warrantyPolicy', row.warrantyPolicy);
    }
    const brandId = refs.brand(row.brand) ?? newBrandIds.get(row.brand);
    const existingModel = brandId ? refs.model(brandId, row.modelCode) : undefined;
    let modelId = existingModel ?? newModelIds.get(modelKeyOf(row));
    const categoryId = !modelId && row.category ? refs.category(row.category) : undefined;
    if (!modelId && row.category && !categoryId) {
      refuse('UNKNOWN_CATEGORY', 'category', row.category);
    } else if (!modelId && (!row.modelName || !categoryId)) {
      refuse('UNKNOWN_MODEL', 'modelCode', `${row.brand} ${row.modelCode}`);
    }
    if (problems.length || !customer || 'ambiguous' in customer) {
      plan.failures.push(...problems);
      continue;
    }
    if (!modelId) {
      let newBrandId = brandId;
      if (!newBrandId) {
        newBrandId = randomUUID();
        newBrandIds.set(row.brand, newBrandId);
        plan.newBrands.push({ id: newBrandId, name: row.brand });
      }
      modelId = randomUUID();
      newModelIds.set(modelKeyOf(row), modelId);
      plan.newModels.push({
        id: modelId,
        brandId: newBrandId,
        code: row.modelCode,
        name: row.modelName!,
        categoryId: categoryId!,
      });
    }
    plan.assets.push({
      ...row,
      modelId,
      isNewModel: existingModel === undefined,
      customerId: customer.id,
      warrantyPolicyId,
    });
  }
  return plan;
}
