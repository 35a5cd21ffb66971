import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { cancelJob } from '../../platform/jobs';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { LoanerView, ReturnLoanBody } from './inventory.schemas';
import { loanerUnits, loans } from './inventory.table';
import { loanJobKey } from './loan-jobs';
import { getLoaner } from './loaner-view';

/** The customer gives the loaner back: the loan closes, the unit is available again. */
export async function returnLoan(
  tx: Tx,
  ctx: RequestContext,
  loanerUnitId: string,
  input: ReturnLoanBody,
): Promise<LoanerView> {
  const now = ctx.clock.now();
  const [loan] = await tx
    .update(loans)
    .set({ returnedAt: now, returnedBy: ctx.user.id, conditionBack: input.conditionBack })
    .where(
      and(
        eq(loans.tenantId, ctx.tenantId),
        eq(loans.loanerUnitId, loanerUnitId),
        isNull(loans.returnedAt),
      ),
    )
    .returning({ id: loans.id });
  if (!loan) {
    await getLoaner(tx, ctx, loanerUnitId);
    throw new AppError('INVALID_TRANSITION');
  }
  await tx
    .update(loanerUnits)
    .set({ status: 'available', version: sql`${loanerUnits.version} + 1`, updatedAt: now })
    .where(and(eq(loanerUnits.tenantId, ctx.tenantId), eq(loanerUnits.id, loanerUnitId)));
  await cancelJob(tx, ctx.tenantId, loanJobKey(loan.id));
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'loaner.return',
      objectType: 'loanerUnit',
      objectId: loanerUnitId,
      before: { status: 'lent', loanId: loan.id },
      after: { status: 'available', conditionBack: input.conditionBack },
    },
    ctx.clock,
  );
  return getLoaner(tx, ctx, loanerUnitId);
}
