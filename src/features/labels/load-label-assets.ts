import { and, asc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { customers, departments } from '../customers';
import { assets, brands, productModels } from '../installed-base';

export interface LabelAssetRow {
  id: string;
  customerId: string;
  serialNumber: string;
  modelCode: string;
  modelName: string;
  brandName: string;
  departmentId: string | null;
  departmentName: string | null;
  location: string | null;
  status: string;
}

export interface LabelAssetFilter {
  customerId: string;
  departmentId?: string;
  /** A chosen subset: each must be the customer's; retired ones are printed if chosen. */
  assetIds?: string[];
}

async function assertCustomerAndDepartment(tx: Tx, tenantId: string, filter: LabelAssetFilter) {
  const [customer] = await tx
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, filter.customerId)));
  if (!customer) throw new AppError('NOT_FOUND');
  if (!filter.departmentId) return;
  const [department] = await tx
    .select({ customerId: departments.customerId })
    .from(departments)
    .where(and(eq(departments.tenantId, tenantId), eq(departments.id, filter.departmentId)));
  if (department?.customerId !== filter.customerId) throw new AppError('DEPARTMENT_MISMATCH');
}

function selectRows(tx: Tx, where: SQL) {
  return tx
    .select({
      id: assets.id,
      customerId: assets.customerId,
      serialNumber: assets.serialNumber,
      modelCode: productModels.code,
      modelName: productModels.name,
      brandName: brands.name,
      departmentId: assets.departmentId,
      departmentName: departments.name,
      location: assets.location,
      status: assets.status,
    })
    .from(assets)
    .innerJoin(productModels, eq(productModels.id, assets.modelId))
    .innerJoin(brands, eq(brands.id, productModels.brandId))
    .leftJoin(departments, eq(departments.id, assets.departmentId))
    .where(where)
    .orderBy(
      sql`${departments.name} asc nulls last`,
      asc(productModels.code),
      asc(assets.serialNumber),
    );
}

/**
 * The devices a label sheet is for, sorted by department, model and serial number: the
 * customer's (or one department's) devices in service, or a chosen subset of them.
 * Ids of another tenant or none at all are NOT_FOUND; another customer's are refused.
 */
export async function loadLabelAssets(
  tx: Tx,
  tenantId: string,
  filter: LabelAssetFilter,
): Promise<LabelAssetRow[]> {
  await assertCustomerAndDepartment(tx, tenantId, filter);
  if (filter.assetIds) {
    const wanted = [...new Set(filter.assetIds)];
    const rows = await selectRows(
      tx,
      and(eq(assets.tenantId, tenantId), inArray(assets.id, wanted))!,
    );
    if (rows.length !== wanted.length) throw new AppError('NOT_FOUND');
    if (rows.some((row) => row.customerId !== filter.customerId))
      throw new AppError('ASSET_CUSTOMER_MISMATCH');
    return rows;
  }
  return selectRows(
    tx,
    and(
      eq(assets.tenantId, tenantId),
      eq(assets.customerId, filter.customerId),
      filter.departmentId ? eq(assets.departmentId, filter.departmentId) : undefined,
      ne(assets.status, 'retired'),
    )!,
  );
}
