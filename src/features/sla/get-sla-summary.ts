import { and, eq, gte, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { localDay } from '../../platform/numbering/next-number';
import type { RequestContext } from '../accounts';
import { workOrders } from '../work-orders/work-orders.table';
import { isOpenClock, showsAs } from './open-clock-filters';
import { slaTimers } from './sla-timers.table';
import type { SlaSummary } from './sla.schemas';

/** Midnight at the start of a YYYY-MM-DD day in the tenant's zone. */
const dayStart = (day: string, timeZone: string) =>
  sql`(${day}::date::timestamp AT TIME ZONE ${timeZone})`;
const counted = (condition: SQL | undefined) =>
  sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/** The monitor's headline: open clocks by state, today's and this month's breaches, met on time. */
export async function getSlaSummary(tx: Tx, ctx: RequestContext): Promise<SlaSummary> {
  const now = ctx.clock.now();
  const today = localDay(now, ctx.tenantTimezone);
  const todayStart = dayStart(today, ctx.tenantTimezone);
  const monthStart = dayStart(`${today.slice(0, 7)}-01`, ctx.tenantTimezone);
  const open = (condition?: SQL) => counted(and(isOpenClock, condition));
  const metThisMonth = gte(slaTimers.metAt, monthStart);
  const [row] = await tx
    .select({
      open: open(),
      running: open(showsAs('running', now)),
      warned: open(showsAs('warned', now)),
      breached: open(showsAs('breached', now)),
      paused: open(showsAs('paused', now)),
      breachedToday: counted(gte(slaTimers.breachedAt, todayStart)),
      breachedThisMonth: counted(gte(slaTimers.breachedAt, monthStart)),
      metThisMonth: counted(metThisMonth),
      metOnTime: counted(and(metThisMonth, lte(slaTimers.metAt, slaTimers.dueAt))),
    })
    .from(slaTimers)
    .innerJoin(workOrders, eq(workOrders.id, slaTimers.workOrderId))
    .where(
      and(
        eq(slaTimers.tenantId, ctx.tenantId),
        // Only rows that can count: open ones, and those breached or met this month.
        or(isOpenClock, gte(slaTimers.breachedAt, monthStart), gte(slaTimers.metAt, monthStart)),
      ),
    );
  const { metOnTime, ...counts } = row!;
  return {
    ...counts,
    metOnTimePercent:
      counts.metThisMonth > 0 ? Math.round((1000 * metOnTime) / counts.metThisMonth) / 10 : null,
  };
}
