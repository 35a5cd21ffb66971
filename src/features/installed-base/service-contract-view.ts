import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { customers } from '../customers/customers.table';
import {
  assets,
  productModels,
  serviceContractAssets,
  serviceContracts,
} from './installed-base.table';
import type { ServiceContractView } from './service-contract.schemas';

export type ServiceContractRow = typeof serviceContracts.$inferSelect;

/** Contracts by id with the customer's name and the assets listed, in `ids` order. */
export async function serviceContractViews(
  db: Queryable,
  tenantId: string,
  ids: string[],
): Promise<ServiceContractView[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ contract: serviceContracts, customerName: customers.name })
    .from(serviceContracts)
    .innerJoin(customers, eq(customers.id, serviceContracts.customerId))
    .where(and(eq(serviceContracts.tenantId, tenantId), inArray(serviceContracts.id, ids)));
  const listed = await db
    .select({
      contractId: serviceContractAssets.contractId,
      id: assets.id,
      serialNumber: assets.serialNumber,
      modelName: productModels.name,
    })
    .from(serviceContractAssets)
    .innerJoin(assets, eq(assets.id, serviceContractAssets.assetId))
    .innerJoin(productModels, eq(productModels.id, assets.modelId))
    .where(
      and(
        eq(serviceContractAssets.tenantId, tenantId),
        inArray(serviceContractAssets.contractId, ids),
      ),
    )
    .orderBy(asc(assets.serialNumber));
  const byId = new Map(rows.map((r) => [r.contract.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const c = r.contract;
    return [
      {
        id: c.id,
        number: c.number,
        customer: { id: c.customerId, name: r.customerName },
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        coversParts: c.coversParts,
        coversLabour: c.coversLabour,
        coversTravel: c.coversTravel,
        note: c.note,
        assets: listed
          .filter((a) => a.contractId === id)
          .map(({ id: assetId, serialNumber, modelName }) => ({
            id: assetId,
            serialNumber,
            modelName,
          })),
        isCancelled: c.cancelledAt !== null,
        createdAt: c.createdAt.toISOString(),
      },
    ];
  });
}

export async function getServiceContract(
  db: Queryable,
  tenantId: string,
  contractId: string,
): Promise<ServiceContractView> {
  const [view] = await serviceContractViews(db, tenantId, [contractId]);
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}

export async function findContractForUpdate(
  db: Queryable,
  tenantId: string,
  contractId: string,
): Promise<ServiceContractRow> {
  const [row] = await db
    .select()
    .from(serviceContracts)
    .where(and(eq(serviceContracts.tenantId, tenantId), eq(serviceContracts.id, contractId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function assertContractNumberFree(
  db: Queryable,
  tenantId: string,
  number: string,
  exceptId?: string,
): Promise<void> {
  const [taken] = await db
    .select({ id: serviceContracts.id })
    .from(serviceContracts)
    .where(
      and(
        eq(serviceContracts.tenantId, tenantId),
        sql`lower(${serviceContracts.number}) = lower(${number})`,
      ),
    );
  if (taken && taken.id !== exceptId) throw new AppError('CONTRACT_NUMBER_TAKEN');
}

/** Every listed asset exists in the tenant and belongs to the contract's customer. */
export async function assertAssetsOf(
  db: Queryable,
  tenantId: string,
  customerId: string,
  assetIds: readonly string[],
): Promise<void> {
  if (assetIds.length === 0) return;
  const found = await db
    .select({ id: assets.id, customerId: assets.customerId })
    .from(assets)
    .where(and(eq(assets.tenantId, tenantId), inArray(assets.id, [...assetIds])));
  if (found.length !== new Set(assetIds).size) throw new AppError('NOT_FOUND');
  if (found.some((a) => a.customerId !== customerId)) throw new AppError('ASSET_CUSTOMER_MISMATCH');
}

export function auditedContract(view: ServiceContractView): Record<string, unknown> {
  const { id: _id, createdAt: _created, customer, assets: listed, ...rest } = view;
  return { ...rest, customerId: customer.id, assetIds: listed.map((a) => a.id) };
}
