import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { CategoryView } from './catalog.schemas';
import { productCategories } from './catalog.table';

type CategoryRow = typeof productCategories.$inferSelect;

export function toCategoryView(row: CategoryRow): CategoryView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    defaultMinutes: row.defaultMinutes,
    requiresCertificate: row.requiresCertificate,
    isCancelled: row.cancelledAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the audit trail keeps of a category. */
export function auditedCategory(row: CategoryRow): Record<string, unknown> {
  const { id: _id, tenantId: _tenant, createdAt: _created, ...rest } = row;
  return { ...rest, cancelledAt: rest.cancelledAt?.toISOString() ?? null };
}

/** A category of the tenant, NOT_FOUND otherwise (also for another tenant's id). */
export async function findCategory(
  db: Queryable,
  tenantId: string,
  categoryId: string,
  lock = false,
): Promise<CategoryRow> {
  const query = db
    .select()
    .from(productCategories)
    .where(and(eq(productCategories.tenantId, tenantId), eq(productCategories.id, categoryId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Codes are unique per tenant; say so before the unique index does it with a 500. */
export async function assertCodeFree(
  db: Queryable,
  tenantId: string,
  code: string,
  exceptId?: string,
): Promise<void> {
  const [taken] = await db
    .select({ id: productCategories.id })
    .from(productCategories)
    .where(and(eq(productCategories.tenantId, tenantId), eq(productCategories.code, code)));
  if (taken && taken.id !== exceptId) throw new AppError('CATEGORY_CODE_TAKEN');
}
