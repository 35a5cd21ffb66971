import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { BrandView } from './brand-vendor.schemas';
import { brands } from './installed-base.table';

export type BrandRow = typeof brands.$inferSelect;

export function toBrandView(row: BrandRow): BrandView {
  return {
    id: row.id,
    name: row.name,
    isCancelled: row.cancelledAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A brand of the tenant, locked for the change; NOT_FOUND otherwise (also another tenant's). */
export async function findBrandForUpdate(
  db: Queryable,
  tenantId: string,
  brandId: string,
): Promise<BrandRow> {
  const [row] = await db
    .select()
    .from(brands)
    .where(and(eq(brands.tenantId, tenantId), eq(brands.id, brandId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Names are unique per tenant, ignoring case ("Lenovo" and "lenovo" are one brand). */
export async function assertBrandNameFree(
  db: Queryable,
  tenantId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  const [taken] = await db
    .select({ id: brands.id })
    .from(brands)
    .where(and(eq(brands.tenantId, tenantId), sql`lower(${brands.name}) = lower(${name})`));
  if (taken && taken.id !== exceptId) throw new AppError('BRAND_NAME_TAKEN');
}
