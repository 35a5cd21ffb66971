import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { auditedStandard, lockStandard, readStandard, todayOf } from './fee-standard-view';
import { feeStandardContent, type FeeStandardView } from './fees.schemas';
import { feeStandards } from './fees.table';

/**
 * Publishes a draft: from then on it is frozen. It takes effect on its effective date, which may
 * not lie in the past, so publishing never changes which prices applied on a day gone by.
 */
export async function publishFeeStandard(
  tx: Tx,
  ctx: RequestContext,
  standardId: string,
  input: { effectiveFrom?: string },
): Promise<FeeStandardView> {
  const before = await lockStandard(tx, ctx.tenantId, standardId);
  if (before.status !== 'draft') throw new AppError('FEE_STANDARD_PUBLISHED');
  const effectiveFrom = input.effectiveFrom ?? before.effectiveFrom;
  if (effectiveFrom < todayOf(ctx)) throw new AppError('FEE_STANDARD_BACKDATED');
  // Content written by an older schema must still be valid before it is frozen.
  const content = feeStandardContent.parse(before.content);
  const [after] = await tx
    .update(feeStandards)
    .set({
      status: 'published',
      effectiveFrom,
      content,
      publishedAt: ctx.clock.now(),
      publishedBy: ctx.user.id,
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
      action: 'feeStandard.publish',
      objectType: 'feeStandard',
      objectId: standardId,
      before: auditedStandard(before),
      after: auditedStandard(after),
    },
    ctx.clock,
  );
  return readStandard(tx, ctx, standardId);
}
