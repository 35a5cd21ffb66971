import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { CancelPartBody, CatalogPartView } from './inventory.schemas';
import { parts } from './inventory.table';
import { findPartForUpdate, getPart } from './part-view';

/**
 * Cancels a part: no more receipts or issues of it. Stock on hand stays and may still be
 * transferred, returned or adjusted away.
 */
export async function cancelPart(
  tx: Tx,
  ctx: RequestContext,
  partId: string,
  input: CancelPartBody,
): Promise<CatalogPartView> {
  const before = await findPartForUpdate(tx, ctx.tenantId, partId, input.version);
  if (before.cancelledAt) throw new AppError('INVALID_TRANSITION');
  const now = ctx.clock.now();
  await tx
    .update(parts)
    .set({ cancelledAt: now, version: before.version + 1, updatedAt: now })
    .where(eq(parts.id, partId));
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'part.cancel',
      objectType: 'part',
      objectId: partId,
      before: { cancelledAt: null },
      after: { cancelledAt: now.toISOString(), reason: input.reason ?? null },
    },
    ctx.clock,
  );
  return getPart(tx, ctx.tenantId, partId);
}
