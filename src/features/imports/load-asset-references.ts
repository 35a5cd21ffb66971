import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { sequentially } from '../../platform/db';
import { productCategories } from '../catalog';
import { customers } from '../customers';
import { brands, productModels } from '../installed-base';
import { warrantyPolicies } from '../warranty';
import type { AssetRow } from './asset-rows.rules';
import { jsonValues } from './json-records';

export type Lookup = { id: string } | { ambiguous: true } | undefined;

export interface AssetReferences {
  customer(value: string): Lookup;
  category(value: string): string | undefined;
  policy(name: string): string | undefined;
  brand(name: string): string | undefined;
  model(brandId: string, code: string): string | undefined;
}

/**
 * Everything the rows refer to, in one query per table, filtered to the values the file uses.
 * Customers match by code first, then by exact name; cancelled customers, categories and
 * policies are not offered.
 */
export async function loadAssetReferences(
  tx: Tx,
  tenantId: string,
  rows: readonly AssetRow[],
): Promise<AssetReferences> {
  const values = (pick: (r: AssetRow) => string | null) =>
    jsonValues(rows.flatMap((r) => (pick(r) === null ? [] : [pick(r)!])));
  const [customerRows, categoryRows, policyRows, brandRows] = await sequentially(
    tx
      .select({ id: customers.id, code: customers.code, name: customers.name })
      .from(customers)
      .where(
        and(
          eq(customers.tenantId, tenantId),
          isNull(customers.cancelledAt),
          or(
            inArray(
              customers.code,
              values((r) => r.customer),
            ),
            inArray(
              customers.name,
              values((r) => r.customer),
            ),
          ),
        ),
      ),
    tx
      .select({
        id: productCategories.id,
        code: productCategories.code,
        name: productCategories.name,
      })
      .from(productCategories)
      .where(and(eq(productCategories.tenantId, tenantId), isNull(productCategories.cancelledAt))),
    tx
      .select({ id: warrantyPolicies.id, name: warrantyPolicies.name })
      .from(warrantyPolicies)
      .where(
        and(
          eq(warrantyPolicies.tenantId, tenantId),
          isNull(warrantyPolicies.cancelledAt),
          inArray(
            warrantyPolicies.name,
            values((r) => r.warrantyPolicy),
          ),
        ),
      ),
    tx
      .select({ id: brands.id, name: brands.name })
      .from(brands)
      .where(
        and(
          eq(brands.tenantId, tenantId),
          inArray(
            brands.name,
            values((r) => r.brand),
          ),
        ),
      ),
  );
  const modelRows = brandRows.length
    ? await tx
        .select({ id: productModels.id, brandId: productModels.brandId, code: productModels.code })
        .from(productModels)
        .where(
          and(
            eq(productModels.tenantId, tenantId),
            inArray(
              productModels.brandId,
              jsonValues(
                brandRows.map((b) => b.id),
                'uuid',
              ),
            ),
          ),
        )
    : [];
  const byCode = new Map(customerRows.flatMap((c) => (c.code ? [[c.code, c.id] as const] : [])));
  const byName = new Map<string, string[]>();
  for (const c of customerRows) byName.set(c.name, [...(byName.get(c.name) ?? []), c.id]);
  const brandIds = new Map(brandRows.map((b) => [b.name, b.id]));
  const modelIds = new Map(modelRows.map((m) => [`${m.brandId}\u0000${m.code}`, m.id]));
  const policyIds = new Map(policyRows.map((p) => [p.name, p.id]));
  return {
    customer(value) {
      const id = byCode.get(value);
      if (id) return { id };
      const named = byName.get(value) ?? [];
      if (named.length > 1) return { ambiguous: true };
      return named[0] ? { id: named[0] } : undefined;
    },
    category(value) {
      const upper = value.toUpperCase();
      return (
        categoryRows.find((c) => c.code === upper) ?? categoryRows.find((c) => c.name === value)
      )?.id;
    },
    policy: (name) => policyIds.get(name),
    brand: (name) => brandIds.get(name),
    model: (brandId, code) => modelIds.get(`${brandId}\u0000${code}`),
  };
}
