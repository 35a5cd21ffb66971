import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { type Queryable, sequentially } from '../../platform/db';
import { users } from '../accounts/accounts.table';
import { loanerUnits, loans } from '../inventory/inventory.table';
import type { ChaseView, NoticeView } from './follow-up.schemas';
import type { RepairReturnView } from './repair-return.schemas';
import { repairReturnChases, repairReturnNotices } from './repair-returns.table';

type LoanView = RepairReturnView['loans'][number];

export interface ReturnRecords {
  chasesOf(id: string): ChaseView[];
  noticesOf(id: string): NoticeView[];
  loansOf(id: string): LoanView[];
}

/** A chase counts as late, like an overdue one, when made more than a day after it fell due. */
const LATE_AFTER_MS = 24 * 60 * 60_000;

/** What was recorded about the returns while away: chases, 14-day notices and loans. */
export async function returnRecords(
  db: Queryable,
  tenantId: string,
  ids: readonly string[],
): Promise<ReturnRecords> {
  const [chases, notices] = await sequentially(
    db
      .select({ chase: repairReturnChases, chasedByName: users.displayName })
      .from(repairReturnChases)
      .innerJoin(users, eq(users.id, repairReturnChases.chasedBy))
      .where(
        and(
          eq(repairReturnChases.tenantId, tenantId),
          inArray(repairReturnChases.repairReturnId, [...ids]),
        ),
      )
      .orderBy(asc(repairReturnChases.chasedAt), asc(repairReturnChases.id)),
    db
      .select({ notice: repairReturnNotices, doneByName: users.displayName })
      .from(repairReturnNotices)
      .leftJoin(users, eq(users.id, repairReturnNotices.doneBy))
      .where(
        and(
          eq(repairReturnNotices.tenantId, tenantId),
          inArray(repairReturnNotices.repairReturnId, [...ids]),
        ),
      )
      .orderBy(asc(repairReturnNotices.dueAt), asc(repairReturnNotices.id)),
  );
  // A loan belongs to the return it names, or to the notice that offered it.
  const noticeLoanIds = notices.flatMap(({ notice }) => notice.loanId ?? []);
  const loanRows = await db
    .select({ loan: loans, loanerCode: loanerUnits.code })
    .from(loans)
    .innerJoin(loanerUnits, eq(loanerUnits.id, loans.loanerUnitId))
    .where(
      and(
        eq(loans.tenantId, tenantId),
        or(
          inArray(loans.repairReturnId, [...ids]),
          noticeLoanIds.length ? inArray(loans.id, noticeLoanIds) : undefined,
        ),
      ),
    )
    .orderBy(asc(loans.lentAt), asc(loans.id));
  const loanOwner = new Map<string, string>();
  for (const { notice } of notices)
    if (notice.loanId) loanOwner.set(notice.loanId, notice.repairReturnId);
  for (const { loan } of loanRows)
    if (loan.repairReturnId) loanOwner.set(loan.id, loan.repairReturnId);
  const loanById = new Map(loanRows.map((l) => [l.loan.id, l]));
  return {
    chasesOf: (id) =>
      chases
        .filter(({ chase }) => chase.repairReturnId === id)
        .map(({ chase: c, chasedByName }) => ({
          id: c.id,
          chasedAt: c.chasedAt.toISOString(),
          chasedBy: { id: c.chasedBy, name: chasedByName },
          contactName: c.contactName,
          answer: c.answer,
          promisedOn: c.promisedOn,
          dueAt: c.dueAt?.toISOString() ?? null,
          late: c.dueAt !== null && c.chasedAt.getTime() > c.dueAt.getTime() + LATE_AFTER_MS,
        })),
    noticesOf: (id) =>
      notices
        .filter(({ notice }) => notice.repairReturnId === id)
        .map(({ notice: n, doneByName }) => {
          const loan = n.loanId ? loanById.get(n.loanId) : undefined;
          return {
            id: n.id,
            reason: n.reason,
            dueAt: n.dueAt.toISOString(),
            doneAt: n.doneAt?.toISOString() ?? null,
            doneBy: n.doneBy && doneByName ? { id: n.doneBy, name: doneByName } : null,
            channel: n.channel,
            message: n.message,
            customerAnswer: n.customerAnswer,
            loanerOffered: n.loanerOffered,
            loan: loan
              ? { id: loan.loan.id, loanerCode: loan.loanerCode, dueOn: loan.loan.dueOn }
              : null,
          };
        }),
    loansOf: (id) =>
      loanRows
        .filter(({ loan }) => loanOwner.get(loan.id) === id)
        .map(({ loan: l, loanerCode }) => ({
          id: l.id,
          loanerCode,
          lentAt: l.lentAt.toISOString(),
          dueOn: l.dueOn,
          returnedAt: l.returnedAt?.toISOString() ?? null,
        })),
  };
}
