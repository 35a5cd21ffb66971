import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { localDay } from '../../platform/numbering/next-number';
import type { RequestContext } from '../accounts';
import { warrantyPolicies } from '../warranty/warranty.table';
import type { AssetDetail } from './asset.schemas';
import { getAssetView } from './asset-view';
import { getAssetWarranty } from './asset-warranty';
import {
  assets,
  productModels,
  serviceContractAssets,
  serviceContracts,
} from './installed-base.table';

/** The asset page: the unit, its warranty on the tenant's today, and every contract listing it. */
export async function getAsset(tx: Tx, ctx: RequestContext, assetId: string): Promise<AssetDetail> {
  const view = await getAssetView(tx, ctx.tenantId, assetId);
  const today = localDay(ctx.clock.now(), ctx.tenantTimezone);
  const warranty = await getAssetWarranty(tx, ctx.tenantId, assetId, today);
  if (!warranty) throw new AppError('NOT_FOUND');
  const [modelPolicy] = await tx
    .select({ id: warrantyPolicies.id, name: warrantyPolicies.name })
    .from(assets)
    .innerJoin(productModels, eq(productModels.id, assets.modelId))
    .innerJoin(warrantyPolicies, eq(warrantyPolicies.id, productModels.warrantyPolicyId))
    .where(and(eq(assets.tenantId, ctx.tenantId), eq(assets.id, assetId)));
  const contracts = await tx
    .select({ contract: serviceContracts })
    .from(serviceContractAssets)
    .innerJoin(serviceContracts, eq(serviceContracts.id, serviceContractAssets.contractId))
    .where(
      and(
        eq(serviceContractAssets.tenantId, ctx.tenantId),
        eq(serviceContractAssets.assetId, assetId),
      ),
    )
    .orderBy(desc(serviceContracts.endsOn));
  return {
    ...view,
    modelPolicy: modelPolicy ?? null,
    warranty,
    warrantyOn: today,
    contracts: contracts.map(({ contract: c }) => ({
      id: c.id,
      number: c.number,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      coversParts: c.coversParts,
      coversLabour: c.coversLabour,
      coversTravel: c.coversTravel,
      isCancelled: c.cancelledAt !== null,
    })),
  };
}
