import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { rowsOf } from '../../platform/db';
import { enqueueJob } from '../../platform/jobs';

export const LOAN_OVERDUE_JOB = 'loan.overdue';

export interface LoanOverduePayload {
  loanId: string;
  /** The due day the job was armed for (YYYY-MM-DD). */
  dueOn: string;
}

export const loanJobKey = (loanId: string) => `${LOAN_OVERDUE_JOB}:${loanId}`;

/**
 * Arms the overdue check of a loan for the end of its due day in the tenant's zone (local
 * midnight after it). Re-arming replaces the pending job of the loan.
 */
export async function armLoanOverdue(
  tx: Tx,
  tenantId: string,
  timeZone: string,
  payload: LoanOverduePayload,
): Promise<void> {
  const result = await tx.execute(
    sql`SELECT ((${payload.dueOn}::date + 1)::timestamp AT TIME ZONE ${timeZone}) AS run_at`,
  );
  const runAt = new Date(rowsOf<{ run_at: string | Date }>(result)[0]!.run_at);
  await enqueueJob(tx, {
    tenantId,
    kind: LOAN_OVERDUE_JOB,
    key: loanJobKey(payload.loanId),
    runAt,
    payload: { ...payload },
  });
}
