import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { serviceContractAssets, serviceContracts } from './installed-base.table';
import { blankToNull, requireLive } from './references';
import type { ServiceContractBody, ServiceContractView } from './service-contract.schemas';
import {
  assertAssetsOf,
  assertContractNumberFree,
  auditedContract,
  getServiceContract,
} from './service-contract-view';

export async function createServiceContract(
  tx: Tx,
  ctx: RequestContext,
  input: ServiceContractBody,
): Promise<ServiceContractView> {
  await requireLive(tx, ctx.tenantId, 'customer', input.customerId);
  await assertContractNumberFree(tx, ctx.tenantId, input.number);
  const assetIds = [...new Set(input.assetIds)];
  await assertAssetsOf(tx, ctx.tenantId, input.customerId, assetIds);
  const [row] = await tx
    .insert(serviceContracts)
    .values({
      tenantId: ctx.tenantId,
      number: input.number,
      customerId: input.customerId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      coversParts: input.coversParts,
      coversLabour: input.coversLabour,
      coversTravel: input.coversTravel,
      note: blankToNull(input.note),
    })
    .returning();
  if (assetIds.length)
    await tx
      .insert(serviceContractAssets)
      .values(
        assetIds.map((assetId) => ({ tenantId: ctx.tenantId, contractId: row!.id, assetId })),
      );
  const view = await getServiceContract(tx, ctx.tenantId, row!.id);
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'serviceContract.create',
      objectType: 'serviceContract',
      objectId: view.id,
      after: auditedContract(view),
      isNew: true,
    },
    ctx.clock,
  );
  return view;
}
