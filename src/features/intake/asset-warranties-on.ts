import { and, eq, inArray, isNull } from 'drizzle-orm';
import { type Tx, sequentially } from '../../platform/db';
import { assets, productModels, serviceContractAssets, serviceContracts } from '../installed-base';
import {
  termsOf,
  warrantyPolicies,
  warrantyStatusOn,
  type ContractCover,
  type WarrantyStatus,
} from '../warranty';

/**
 * The warranty status of several assets on one day, in three queries whatever their number
 * (the queue shows a page of them); the same rule as getAssetWarranty for a single asset.
 */
export async function assetWarrantiesOn(
  tx: Tx,
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
