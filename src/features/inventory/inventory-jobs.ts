import { and, eq } from 'drizzle-orm';
import { type Clock, systemClock } from '../../platform/clock';
import type { Tx } from '../../platform/db';
import type { Job, JobHandler } from '../../platform/jobs';
import { recordAuditEvent, systemActor } from '../audit';
import { customers } from '../customers/customers.table';
import { notify } from '../notifications';
import { loanerUnits, loans } from './inventory.table';
import { LOAN_OVERDUE_JOB, type LoanOverduePayload } from './loan-jobs';

/**
 * A loan's due day has ended: if the loaner is still out (and the loan still due that day),
 * the returns clerks and warehouse keepers are told, once — the job is marked done in this
 * same transaction.
 */
async function fireLoanOverdue(tx: Tx, job: Job, clock: Clock): Promise<void> {
  const payload = job.payload as unknown as LoanOverduePayload;
  const [row] = await tx
    .select({ loan: loans, code: loanerUnits.code, customer: customers.name })
    .from(loans)
    .innerJoin(loanerUnits, eq(loanerUnits.id, loans.loanerUnitId))
    .innerJoin(customers, eq(customers.id, loans.customerId))
    .where(and(eq(loans.tenantId, job.tenantId), eq(loans.id, payload.loanId)))
    // A return holding the loan would wait for this job's row (it cancels the job): fail now
    // and retry rather than wait, which could deadlock.
    .for('update', { of: loans, noWait: true });
  if (!row || row.loan.returnedAt !== null || row.loan.dueOn !== payload.dueOn) return;
  await recordAuditEvent(
    tx,
    systemActor(job.tenantId, 'loans'),
    {
      action: 'loaner.overdue',
      objectType: 'loanerUnit',
      objectId: row.loan.loanerUnitId,
      after: { loanId: row.loan.id, dueOn: row.loan.dueOn },
    },
    clock,
  );
  await notify(tx, job.tenantId, clock, {
    event: 'loan.overdue',
    params: { code: row.code, customer: row.customer, dueOn: row.loan.dueOn },
    to: { roles: ['returns_clerk', 'warehouse_keeper'] },
    link: '/loaners',
  });
}

/** The inventory's timers (a loan past its due date). */
export function inventoryJobHandlers(clock: Clock = systemClock): JobHandler[] {
  return [{ kind: LOAN_OVERDUE_JOB, inTransaction: (tx, job) => fireLoanOverdue(tx, job, clock) }];
}
