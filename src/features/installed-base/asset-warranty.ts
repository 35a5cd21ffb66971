import { and, eq, inArray, isNull } from 'drizzle-orm';
import { type Queryable, sequentially } from '../../platform/db';
import {
  termsOf,
  warrantyPolicies,
  warrantyStatusOn,
  type ContractCover,
  type WarrantyStatus,
} from '../warranty';
import {
  assets,
  productModels,
  serviceContractAssets,
  serviceContracts,
} from './installed-base.table';

/**
 * The warranty status of an asset on a day (ISO date): the asset's own policy, else its
 * model's, counted from installation (else purchase), plus the service contracts that list it.
 * Null when the asset does not exist in this tenant.
 */
export async function getAssetWarranty(
  tx: Queryable,
  tenantId: string,
  assetId: string,
  on: string,
): Promise<WarrantyStatus | null> {
  return (await getAssetWarranties(tx, tenantId, [assetId], on)).get(assetId) ?? null;
}

/**
 * The same for several assets, in three queries whatever their number (a queue page shows
 * many); assets not in this tenant are absent from the map.
 */
export async function getAssetWarranties(
  tx: Queryable,
  tenantId: string,
  assetIds: readonly string[],
  on: string,
): Promise<Map<string, WarrantyStatus>> {
  const ids = [...new Set(assetIds)];
  if (ids.length === 0) return new Map();
  const [units, contractRows] = await sequentially(
    tx
      .select({
        id: assets.id,
        installedOn: assets.installedOn,
        purchasedOn: assets.purchasedOn,
        ownPolicyId: assets.warrantyPolicyId,
        modelPolicyId: productModels.warrantyPolicyId,
      })
      .from(assets)
      .innerJoin(productModels, eq(productModels.id, assets.modelId))
      .where(and(eq(assets.tenantId, tenantId), inArray(assets.id, ids))),
    tx
      .select({
        assetId: serviceContractAssets.assetId,
        number: serviceContracts.number,
        startsOn: serviceContracts.startsOn,
        endsOn: serviceContracts.endsOn,
        parts: serviceContracts.coversParts,
        labour: serviceContracts.coversLabour,
        travel: serviceContracts.coversTravel,
      })
      .from(serviceContractAssets)
      .innerJoin(serviceContracts, eq(serviceContracts.id, serviceContractAssets.contractId))
      .where(
        and(
          eq(serviceContractAssets.tenantId, tenantId),
          inArray(serviceContractAssets.assetId, ids),
          isNull(serviceContracts.cancelledAt),
        ),
      ),
  );
  const policyIds = [...new Set(units.flatMap((u) => u.ownPolicyId ?? u.modelPolicyId ?? []))];
  const policies =
    policyIds.length === 0
      ? []
      : await tx
          .select()
          .from(warrantyPolicies)
          .where(
            and(eq(warrantyPolicies.tenantId, tenantId), inArray(warrantyPolicies.id, policyIds)),
          );
  const policyById = new Map(policies.map((p) => [p.id, p]));
  const contractsOf = (assetId: string): ContractCover[] =>
    contractRows
      .filter((c) => c.assetId === assetId)
      .map((c) => ({
        number: c.number,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        covers: { parts: c.parts, labour: c.labour, travel: c.travel },
      }));
  return new Map(
    units.map((u) => {
      const policy = policyById.get(u.ownPolicyId ?? u.modelPolicyId ?? '');
      const status = warrantyStatusOn(
        {
          startsOn: u.installedOn ?? u.purchasedOn,
          terms: policy ? termsOf(policy) : null,
          contracts: contractsOf(u.id),
        },
        on,
      );
      return [u.id, status];
    }),
  );
}
