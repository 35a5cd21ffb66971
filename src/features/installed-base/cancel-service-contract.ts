import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { CancelBody } from './common.schemas';
import { serviceContracts } from './installed-base.table';
import type { ServiceContractView } from './service-contract.schemas';
import { findContractForUpdate, getServiceContract } from './service-contract-view';

/** Cancels a contract: from now on it no longer extends the warranty of the units it lists. */
export async function cancelServiceContract(
  tx: Tx,
  ctx: RequestContext,
  contractId: string,
  input: CancelBody,
): Promise<ServiceContractView> {
  const before = await findContractForUpdate(tx, ctx.tenantId, contractId);
  if (before.cancelledAt) throw new AppError('INVALID_TRANSITION');
  const now = ctx.clock.now();
  await tx
    .update(serviceContracts)
    .set({ cancelledAt: now })
    .where(eq(serviceContracts.id, contractId));
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'serviceContract.cancel',
      objectType: 'serviceContract',
      objectId: contractId,
      before: { cancelledAt: null },
      after: { cancelledAt: now.toISOString(), reason: input.reason },
    },
    ctx.clock,
  );
  return getServiceContract(tx, ctx.tenantId, contractId);
}
