import type { Tx } from '../../src/platform/db';
import { productCategories } from '../../src/features/catalog';
import { customers } from '../../src/features/customers';
import { brands, productModels } from '../../src/features/installed-base';

/** The customers (codes C-0000…), brands and models the generated rows refer to. */
export async function seedReferences(
  tx: Tx,
  tenantId: string,
  customerCount: number,
  modelCount: number,
): Promise<void> {
  await tx.insert(customers).values(
    Array.from({ length: customerCount }, (_, i) => ({
      tenantId,
      code: `C-${String(i).padStart(4, '0')}`,
      name: `客户${i}`,
    })),
  );
  const [category] = await tx
    .insert(productCategories)
    .values({ tenantId, code: 'MED', name: '医疗设备' })
    .returning();
  const brandRows = await tx
    .insert(brands)
    .values(Array.from({ length: 5 }, (_, i) => ({ tenantId, name: `品牌${i}` })))
    .returning();
  await tx.insert(productModels).values(
    Array.from({ length: modelCount }, (_, i) => ({
      tenantId,
      code: `M-${i}`,
      name: `型号${i}`,
      categoryId: category!.id,
      brandId: brandRows[i % 5]!.id,
    })),
  );
}
