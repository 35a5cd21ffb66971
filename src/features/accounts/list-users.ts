import { and, arrayContains, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { containing, type Tx, sequentially } from '../../platform/db';
import type { listUsersQuery, UserView } from './account.schemas';
import { users } from './accounts.table';
import type { RequestContext } from './request-context';
import { toUserView } from './user-view';

export async function listUsers(
  tx: Tx,
  ctx: RequestContext,
  query: z.infer<typeof listUsersQuery>,
): Promise<{ items: UserView[]; total: number }> {
  const filters: (SQL | undefined)[] = [eq(users.tenantId, ctx.tenantId)];
  if (query.q) {
    const like = containing(query.q);
    filters.push(
      or(ilike(users.username, like), ilike(users.displayName, like), ilike(users.phone, like)),
    );
  }
  if (query.role) filters.push(arrayContains(users.roles, [query.role]));
  const where = and(...filters);
  const [rows, [total]] = await sequentially(
    tx
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.username))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    tx.select({ n: count() }).from(users).where(where),
  );
  return { items: rows.map(toUserView), total: total?.n ?? 0 };
}
