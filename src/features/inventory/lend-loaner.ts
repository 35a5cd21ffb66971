import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { customers } from '../customers/customers.table';
import { repairReturns } from '../repair-returns/repair-returns.table';
import { unknownReference } from './inventory-references';
import type { LendBody } from './inventory.schemas';
import { loanerUnits, loans } from './inventory.table';
import { armLoanOverdue } from './loan-jobs';
import { todayOf } from './loaner-view';

/**
 * Lends a loaner unit (备用机) to a customer until a due date (today or later), optionally for
 * a repair return; LOANER_NOT_AVAILABLE when it is out or retired. The unit moves from
 * available to lent in one conditional update, so two lends of one unit cannot both succeed.
 * The overdue check is armed for the end of the due day.
 */
export async function lendLoaner(
  tx: Tx,
  ctx: RequestContext,
  loanerUnitId: string,
  input: LendBody,
): Promise<{ loanId: string }> {
  if (input.dueOn < todayOf(ctx)) throw new AppError('VALIDATION_FAILED');
  const [customer] = await tx
    .select({ id: customers.id })
    .from(customers)
    .where(
      and(
        eq(customers.tenantId, ctx.tenantId),
        eq(customers.id, input.customerId),
        isNull(customers.cancelledAt),
      ),
    );
  if (!customer) throw unknownReference('customer');
  if (input.repairReturnId) {
    const [rr] = await tx
      .select({ id: repairReturns.id })
      .from(repairReturns)
      .where(
        and(eq(repairReturns.tenantId, ctx.tenantId), eq(repairReturns.id, input.repairReturnId)),
      );
    if (!rr) throw unknownReference('repairReturn');
  }
  const now = ctx.clock.now();
  const [unit] = await tx
    .update(loanerUnits)
    .set({ status: 'lent', version: sql`${loanerUnits.version} + 1`, updatedAt: now })
    .where(
      and(
        eq(loanerUnits.tenantId, ctx.tenantId),
        eq(loanerUnits.id, loanerUnitId),
        eq(loanerUnits.status, 'available'),
      ),
    )
    .returning({ id: loanerUnits.id, code: loanerUnits.code });
  if (!unit) {
    const [exists] = await tx
      .select({ id: loanerUnits.id })
      .from(loanerUnits)
      .where(and(eq(loanerUnits.tenantId, ctx.tenantId), eq(loanerUnits.id, loanerUnitId)));
    throw new AppError(exists ? 'LOANER_NOT_AVAILABLE' : 'NOT_FOUND');
  }
  const [loan] = await tx
    .insert(loans)
    .values({
      tenantId: ctx.tenantId,
      loanerUnitId,
      customerId: input.customerId,
      repairReturnId: input.repairReturnId ?? null,
      lentAt: now,
      lentBy: ctx.user.id,
      dueOn: input.dueOn,
      conditionOut: input.conditionOut || null,
      createdAt: now,
    })
    .returning({ id: loans.id });
  await armLoanOverdue(tx, ctx.tenantId, ctx.tenantTimezone, {
    loanId: loan!.id,
    dueOn: input.dueOn,
  });
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'loaner.lend',
      objectType: 'loanerUnit',
      objectId: loanerUnitId,
      before: { status: 'available' },
      after: {
        status: 'lent',
        loanId: loan!.id,
        customerId: input.customerId,
        repairReturnId: input.repairReturnId ?? null,
        dueOn: input.dueOn,
        conditionOut: input.conditionOut ?? null,
      },
    },
    ctx.clock,
  );
  return { loanId: loan!.id };
}
