import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { LoanerView, RetireLoanerBody } from './inventory.schemas';
import { loanerUnits } from './inventory.table';
import { getLoaner } from './loaner-view';

/** Takes an available loaner out of service for good (worn out, lost); one on loan must come back first. */
export async function retireLoaner(
  tx: Tx,
  ctx: RequestContext,
  loanerUnitId: string,
  input: RetireLoanerBody,
): Promise<LoanerView> {
  const [unit] = await tx
    .update(loanerUnits)
    .set({
      status: 'retired',
      version: sql`${loanerUnits.version} + 1`,
      updatedAt: ctx.clock.now(),
    })
    .where(
      and(
        eq(loanerUnits.tenantId, ctx.tenantId),
        eq(loanerUnits.id, loanerUnitId),
        eq(loanerUnits.status, 'available'),
      ),
    )
    .returning({ id: loanerUnits.id });
  if (!unit) {
    const current = await getLoaner(tx, ctx, loanerUnitId);
    throw new AppError(current.status === 'lent' ? 'LOANER_NOT_AVAILABLE' : 'INVALID_TRANSITION');
  }
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'loaner.retire',
      objectType: 'loanerUnit',
      objectId: loanerUnitId,
      before: { status: 'available' },
      after: { status: 'retired', reason: input.reason },
    },
    ctx.clock,
  );
  return getLoaner(tx, ctx, loanerUnitId);
}
