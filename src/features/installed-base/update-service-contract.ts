import { and, eq, notInArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { serviceContractAssets, serviceContracts } from './installed-base.table';
import { blankToNull, requireLive } from './references';
import type { ServiceContractBody, ServiceContractView } from './service-contract.schemas';
import {
  assertAssetsOf,
  assertContractNumberFree,
  auditedContract,
  findContractForUpdate,
  getServiceContract,
} from './service-contract-view';

/**
 * Edits a live contract and the list of units it covers. The list is a link table, so a unit
 * taken off is unlinked; the audit event keeps the list before and after.
 */
export async function updateServiceContract(
  tx: Tx,
  ctx: RequestContext,
  contractId: string,
  input: ServiceContractBody,
): Promise<ServiceContractView> {
  const row = await findContractForUpdate(tx, ctx.tenantId, contractId);
  if (row.cancelledAt) throw new AppError('RECORD_CANCELLED');
  if (input.customerId !== row.customerId)
    await requireLive(tx, ctx.tenantId, 'customer', input.customerId);
  await assertContractNumberFree(tx, ctx.tenantId, input.number, contractId);
  const assetIds = [...new Set(input.assetIds)];
  await assertAssetsOf(tx, ctx.tenantId, input.customerId, assetIds);
  const before = await getServiceContract(tx, ctx.tenantId, contractId);
  await tx
    .update(serviceContracts)
    .set({
      number: input.number,
      customerId: input.customerId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      coversParts: input.coversParts,
      coversLabour: input.coversLabour,
      coversTravel: input.coversTravel,
      note: blankToNull(input.note),
    })
    .where(eq(serviceContracts.id, contractId));
  const linked = and(
    eq(serviceContractAssets.tenantId, ctx.tenantId),
    eq(serviceContractAssets.contractId, contractId),
  );
  await tx
    .delete(serviceContractAssets)
    .where(
      assetIds.length ? and(linked, notInArray(serviceContractAssets.assetId, assetIds)) : linked,
    );
  const kept = new Set(before.assets.map((a) => a.id));
  const added = assetIds.filter((id) => !kept.has(id));
  if (added.length)
    await tx
      .insert(serviceContractAssets)
      .values(added.map((assetId) => ({ tenantId: ctx.tenantId, contractId, assetId })));
  const after = await getServiceContract(tx, ctx.tenantId, contractId);
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'serviceContract.update',
      objectType: 'serviceContract',
      objectId: contractId,
      before: auditedContract(before),
      after: auditedContract(after),
    },
    ctx.clock,
  );
  return after;
}
