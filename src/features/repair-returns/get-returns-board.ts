import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { vendors } from '../installed-base/installed-base.table';
import { listOpenNotices } from './list-open-notices';
import type { ReturnsBoardView } from './returns-board.schemas';
import { CHASED_STATES, REPAIR_RETURN_STATES } from './repair-return.states';
import { daysAtVendor, isChaseOverdue, repairReturnListItems } from './repair-return-list-items';
import { repairReturns } from './repair-returns.table';

/** The board lists this many items with vendors; the counts cover all of them. */
const WITH_VENDORS_LIMIT = 100;

/**
 * 返修看板: how many returns are in each state; per vendor, how many are away, the longest
 * away and the overdue chases; the overdue chases and due customer notices to act on; and
 * the items with vendors, longest away first.
 */
export async function getReturnsBoard(
  db: Queryable,
  ctx: Pick<RequestContext, 'tenantId' | 'clock'>,
): Promise<ReturnsBoardView> {
  const now = ctx.clock.now();
  const tenant = eq(repairReturns.tenantId, ctx.tenantId);
  const counts = await db
    .select({ status: repairReturns.status, count: count() })
    .from(repairReturns)
    .where(tenant)
    .groupBy(repairReturns.status);
  const away = await db
    .select({
      id: repairReturns.id,
      vendorId: repairReturns.vendorId,
      vendorName: vendors.name,
      shippedAt: repairReturns.shippedAt,
      nextChaseAt: repairReturns.nextChaseAt,
    })
    .from(repairReturns)
    .leftJoin(vendors, eq(vendors.id, repairReturns.vendorId))
    .where(and(tenant, inArray(repairReturns.status, [...CHASED_STATES])))
    .orderBy(sql`${repairReturns.shippedAt} asc nulls last`, asc(repairReturns.number));

  const byVendor = new Map<string, ReturnsBoardView['byVendor'][number]>();
  for (const rr of away) {
    if (!rr.vendorId) continue;
    const row = byVendor.get(rr.vendorId) ?? {
      vendor: { id: rr.vendorId, name: rr.vendorName ?? '' },
      withVendor: 0,
      oldestDays: 0,
      chaseOverdue: 0,
    };
    row.withVendor += 1;
    row.oldestDays = Math.max(row.oldestDays, daysAtVendor(rr.shippedAt, null, now) ?? 0);
    if (isChaseOverdue(rr.nextChaseAt, now)) row.chaseOverdue += 1;
    byVendor.set(rr.vendorId, row);
  }
  const overdueIds = away
    .filter((rr) => isChaseOverdue(rr.nextChaseAt, now))
    .sort((a, b) => a.nextChaseAt!.getTime() - b.nextChaseAt!.getTime())
    .map((rr) => rr.id);
  const awayIds = away.slice(0, WITH_VENDORS_LIMIT).map((rr) => rr.id);
  const items = await repairReturnListItems(db, ctx.tenantId, [...overdueIds, ...awayIds], now);
  const itemOf = new Map(items.map((item) => [item.id, item]));
  const listed = (ids: string[]) => ids.flatMap((id) => itemOf.get(id) ?? []);
  const countOf = new Map(counts.map((c) => [c.status, c.count]));

  return {
    byStatus: REPAIR_RETURN_STATES.map((status) => ({ status, count: countOf.get(status) ?? 0 })),
    byVendor: [...byVendor.values()].sort(
      (a, b) => b.oldestDays - a.oldestDays || a.vendor.name.localeCompare(b.vendor.name, 'zh-CN'),
    ),
    overdueChases: listed(overdueIds),
    noticesDue: await listOpenNotices(db, ctx, { open: true }),
    withVendors: listed(awayIds),
  };
}
