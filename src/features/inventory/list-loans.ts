import { and, asc, count, desc, eq, isNull, lt, type SQL } from 'drizzle-orm';
import { sequentially, type Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { ListLoansQuery, LoanView } from './inventory.schemas';
import { loans } from './inventory.table';
import { loanViews, todayOf } from './loaner-view';

/**
 * Loans: the open ones by due date (the most pressing first), or all of them newest first.
 * `overdue` keeps the open loans whose due day has passed.
 */
export async function listLoans(
  tx: Tx,
  ctx: RequestContext,
  query: ListLoansQuery,
): Promise<{ items: LoanView[]; total: number }> {
  const filters: (SQL | undefined)[] = [eq(loans.tenantId, ctx.tenantId)];
  const openOnly = query.open === true || query.overdue === true;
  if (openOnly) filters.push(isNull(loans.returnedAt));
  if (query.overdue === true) filters.push(lt(loans.dueOn, todayOf(ctx)));
  if (query.loanerId) filters.push(eq(loans.loanerUnitId, query.loanerId));
  if (query.customerId) filters.push(eq(loans.customerId, query.customerId));
  const where = and(...filters);
  const order = openOnly
    ? [asc(loans.dueOn), asc(loans.lentAt), asc(loans.id)]
    : [desc(loans.lentAt), desc(loans.id)];
  const [rows, [total]] = await sequentially(
    tx
      .select({ id: loans.id })
      .from(loans)
      .where(where)
      .orderBy(...order)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    tx.select({ n: count() }).from(loans).where(where),
  );
  const items = await loanViews(
    tx,
    ctx,
    rows.map((r) => r.id),
  );
  return { items, total: total?.n ?? 0 };
}
