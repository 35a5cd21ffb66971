import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { lendLoaner } from '../inventory';
import { getRepairReturn } from './get-repair-return';
import type { NoticeBody } from './follow-up.schemas';
import type { RepairReturnView } from './repair-return.schemas';
import { repairReturnNotices, repairReturns } from './repair-returns.table';

/**
 * The 14-day notice given: how the customer was told, what was said, their answer, and any
 * loaner lent them (备用机; offering one is recorded even when the customer declines it). A
 * notice is recorded once: a second attempt gets NOTICE_ALREADY_DONE.
 */
export async function recordNotice(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  noticeId: string,
  input: NoticeBody,
): Promise<RepairReturnView> {
  const [found] = await tx
    .select({ notice: repairReturnNotices, customerId: repairReturns.customerId })
    .from(repairReturnNotices)
    .innerJoin(repairReturns, eq(repairReturns.id, repairReturnNotices.repairReturnId))
    .where(
      and(
        eq(repairReturnNotices.tenantId, ctx.tenantId),
        eq(repairReturnNotices.id, noticeId),
        eq(repairReturnNotices.repairReturnId, id),
      ),
    );
  if (!found) throw new AppError('NOT_FOUND');
  if (found.notice.doneAt) throw new AppError('NOTICE_ALREADY_DONE');
  const now = ctx.clock.now();
  const loan = input.loan
    ? await lendLoaner(tx, ctx, input.loan.loanerUnitId, {
        customerId: found.customerId,
        repairReturnId: id,
        dueOn: input.loan.dueOn,
        conditionOut: input.loan.conditionOut,
      })
    : null;
  const done = {
    doneAt: now,
    doneBy: ctx.user.id,
    channel: input.channel,
    message: input.message,
    customerAnswer: input.customerAnswer,
    loanerOffered: input.loanerOffered || loan !== null,
    loanId: loan?.loanId ?? null,
  };
  // Conditional on still being open: of two clerks recording at once, the second is refused.
  const [recorded] = await tx
    .update(repairReturnNotices)
    .set(done)
    .where(
      and(
        eq(repairReturnNotices.tenantId, ctx.tenantId),
        eq(repairReturnNotices.id, noticeId),
        isNull(repairReturnNotices.doneAt),
      ),
    )
    .returning({ id: repairReturnNotices.id });
  if (!recorded) throw new AppError('NOTICE_ALREADY_DONE');
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'repairReturn.notice',
      objectType: 'repairReturn',
      objectId: id,
      after: { noticeId, reason: found.notice.reason, ...done, doneAt: now.toISOString() },
    },
    ctx.clock,
  );
  return getRepairReturn(tx, ctx, id);
}
