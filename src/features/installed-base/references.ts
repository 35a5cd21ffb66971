import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { productCategories } from '../catalog/catalog.table';
import { customers, departments } from '../customers/customers.table';
import { warrantyPolicies } from '../warranty/warranty.table';
import { brands, productModels, vendors } from './installed-base.table';

const FIELD_NAMES = {
  brand: ['品牌', 'brand'],
  vendor: ['厂家/经销商', 'vendor'],
  category: ['产品类别', 'product category'],
  warrantyPolicy: ['保修政策', 'warranty policy'],
  model: ['产品型号', 'product model'],
  customer: ['客户', 'customer'],
  asset: ['设备', 'asset'],
} as const;
export type ReferenceField = keyof typeof FIELD_NAMES;

export function unknownReference(field: ReferenceField): AppError {
  const [fieldZh, fieldEn] = FIELD_NAMES[field];
  return new AppError('UNKNOWN_REFERENCE', { fieldZh, fieldEn });
}

/** Live (not cancelled) rows a new or edited record may point at, keyed by the field's name. */
const LIVE = {
  brand: brands,
  vendor: vendors,
  category: productCategories,
  warrantyPolicy: warrantyPolicies,
  model: productModels,
  customer: customers,
} as const;

/** Throws UNKNOWN_REFERENCE unless the id names a live row of this tenant (null/undefined pass). */
export async function requireLive(
  db: Queryable,
  tenantId: string,
  field: keyof typeof LIVE,
  id: string | null | undefined,
): Promise<void> {
  if (!id) return;
  const table = LIVE[field];
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.tenantId, tenantId), eq(table.id, id), isNull(table.cancelledAt)));
  if (!row) throw unknownReference(field);
}

/** A department must belong to the record's customer. */
export async function requireDepartmentOf(
  db: Queryable,
  tenantId: string,
  customerId: string,
  departmentId: string | null | undefined,
): Promise<void> {
  if (!departmentId) return;
  const [row] = await db
    .select({ customerId: departments.customerId })
    .from(departments)
    .where(and(eq(departments.tenantId, tenantId), eq(departments.id, departmentId)));
  if (row?.customerId !== customerId) throw new AppError('DEPARTMENT_MISMATCH');
}

/** Blank optional text is stored as null. */
export const blankToNull = (text: string | null | undefined) =>
  text === undefined || text === null || text.trim() === '' ? null : text.trim();
