import { and, asc, desc, eq, isNull, lte } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { ListNoticesQuery } from './follow-up.schemas';
import type { NoticeDueItem } from './returns-board.schemas';
import { repairReturnListItems } from './repair-return-list-items';
import { returnRecords } from './repair-return-records';
import { repairReturnNotices } from './repair-returns.table';

/** Enough for any real to-do list; the full history is paged through the returns instead. */
const OPEN_LIMIT = 500;
const ALL_LIMIT = 200;

/**
 * The 14-day customer notices with their returns: the open ones already due, oldest first (the
 * clerk's to-do list), or the latest of all.
 */
export async function listOpenNotices(
  db: Queryable,
  ctx: Pick<RequestContext, 'tenantId' | 'clock'>,
  query: ListNoticesQuery,
): Promise<NoticeDueItem[]> {
  const now = ctx.clock.now();
  const tenant = eq(repairReturnNotices.tenantId, ctx.tenantId);
  const picked = await db
    .select({ id: repairReturnNotices.id, repairReturnId: repairReturnNotices.repairReturnId })
    .from(repairReturnNotices)
    .where(
      query.open
        ? and(tenant, isNull(repairReturnNotices.doneAt), lte(repairReturnNotices.dueAt, now))
        : tenant,
    )
    .orderBy(
      query.open ? asc(repairReturnNotices.dueAt) : desc(repairReturnNotices.dueAt),
      asc(repairReturnNotices.id),
    )
    .limit(query.open ? OPEN_LIMIT : ALL_LIMIT);
  return noticeItems(db, ctx.tenantId, picked, now);
}

/** The notices (by id, with their return) as board rows, in the order given. */
export async function noticeItems(
  db: Queryable,
  tenantId: string,
  picked: readonly { id: string; repairReturnId: string }[],
  now: Date,
): Promise<NoticeDueItem[]> {
  if (picked.length === 0) return [];
  const returnIds = [...new Set(picked.map((n) => n.repairReturnId))];
  const records = await returnRecords(db, tenantId, returnIds);
  const items = await repairReturnListItems(db, tenantId, returnIds, now);
  const itemOf = new Map(items.map((item) => [item.id, item]));
  return picked.flatMap(({ id, repairReturnId }) => {
    const notice = records.noticesOf(repairReturnId).find((n) => n.id === id);
    const repairReturn = itemOf.get(repairReturnId);
    return notice && repairReturn ? [{ notice, repairReturn }] : [];
  });
}
