import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { auditedStandard, lockStandard, readStandard } from './fee-standard-view';
import type { FeeStandardView, UpdateFeeStandardBody } from './fees.schemas';
import { feeStandards } from './fees.table';

/** Edits a draft. A published version is frozen: quotes were made from it. */
export async function updateFeeStandard(
  tx: Tx,
  ctx: RequestContext,
  standardId: string,
  patch: UpdateFeeStandardBody,
): Promise<FeeStandardView> {
  const before = await lockStandard(tx, ctx.tenantId, standardId);
  if (before.status !== 'draft') throw new AppError('FEE_STANDARD_PUBLISHED');
  const [after] = await tx
    .update(feeStandards)
    .set({
      content: patch.content ?? before.content,
      effectiveFrom: patch.effectiveFrom ?? before.effectiveFrom,
      note: patch.note === undefined ? before.note : patch.note,
    })
    .where(
      and(
        eq(feeStandards.tenantId, ctx.tenantId),
        eq(feeStandards.id, standardId),
        eq(feeStandards.status, 'draft'),
      ),
    )
    .returning();
  if (!after) throw new AppError('FEE_STANDARD_PUBLISHED');
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'feeStandard.update',
      objectType: 'feeStandard',
      objectId: standardId,
      before: auditedStandard(before),
      after: auditedStandard(after),
    },
    ctx.clock,
  );
  return readStandard(tx, ctx, standardId);
}
