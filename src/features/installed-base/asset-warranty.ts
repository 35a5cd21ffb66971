import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import {
  warrantyPolicies,
  warrantyStatusOn,
  termsOf,
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
  const [asset] = await tx
    .select({
      installedOn: assets.installedOn,
      purchasedOn: assets.purchasedOn,
      ownPolicyId: assets.warrantyPolicyId,
      modelPolicyId: productModels.warrantyPolicyId,
    })
    .from(assets)
    .innerJoin(productModels, eq(productModels.id, assets.modelId))
    .where(and(eq(assets.tenantId, tenantId), eq(assets.id, assetId)));
  if (!asset) return null;
  const policyId = asset.ownPolicyId ?? asset.modelPolicyId;
  const [policy] = policyId
    ? await tx
        .select()
        .from(warrantyPolicies)
        .where(and(eq(warrantyPolicies.tenantId, tenantId), eq(warrantyPolicies.id, policyId)))
    : [];
  const contracts: ContractCover[] = (
    await tx
      .select({
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
          eq(serviceContractAssets.assetId, assetId),
          isNull(serviceContracts.cancelledAt),
        ),
      )
  ).map((c) => ({
    number: c.number,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    covers: { parts: c.parts, labour: c.labour, travel: c.travel },
  }));
  return warrantyStatusOn(
    {
      startsOn: asset.installedOn ?? asset.purchasedOn,
      terms: policy ? termsOf(policy) : null,
      contracts,
    },
    on,
  );
}
