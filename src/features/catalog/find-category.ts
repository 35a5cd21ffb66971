import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { productCategories } from './catalog.table';

/** An active category of the tenant, or null. */
export async function findCategory(db: Queryable, tenantId: string, id: string) {
  const [category] = await db
    .select()
    .from(productCategories)
    .where(
      and(
        eq(productCategories.tenantId, tenantId),
        eq(productCategories.id, id),
        isNull(productCategories.cancelledAt),
      ),
    );
  return category ?? null;
}
