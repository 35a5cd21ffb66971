import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import { containing, sequentially, type Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { ListLoanersQuery, LoanerView } from './inventory.schemas';
import { loanerUnits } from './inventory.table';
import { loanerViews } from './loaner-view';

/** Loaner units by code; `q` matches the code or the serial number. */
export async function listLoaners(
  tx: Tx,
  ctx: RequestContext,
  query: ListLoanersQuery,
): Promise<{ items: LoanerView[]; total: number }> {
  const filters: (SQL | undefined)[] = [eq(loanerUnits.tenantId, ctx.tenantId)];
  if (query.status) filters.push(eq(loanerUnits.status, query.status));
  if (query.q) {
    const like = containing(query.q);
    filters.push(or(ilike(loanerUnits.code, like), ilike(loanerUnits.serialNumber, like)));
  }
  const where = and(...filters);
  const [rows, [total]] = await sequentially(
    tx
      .select({ id: loanerUnits.id })
      .from(loanerUnits)
      .where(where)
      .orderBy(asc(loanerUnits.code), asc(loanerUnits.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    tx.select({ n: count() }).from(loanerUnits).where(where),
  );
  const items = await loanerViews(
    tx,
    ctx,
    rows.map((r) => r.id),
  );
  return { items, total: total?.n ?? 0 };
}
