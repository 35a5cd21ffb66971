import { and, asc, count, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { sequentially, type Tx } from '../../platform/db';
import { type RequestContext, users } from '../accounts';
import { customers } from '../customers/customers.table';
import { workOrders } from '../work-orders/work-orders.table';
import { loadClockRules } from './load-clock-rules';
import { isOpenClock, showsAs } from './open-clock-filters';
import { isBreached, openClockState, remainingMinutes } from './sla-clock.rules';
import { slaTimers } from './sla-timers.table';
import type { ListOpenClocksQuery, OpenClockItem } from './sla.schemas';

const technician = alias(users, 'technician');
const iso = (at: Date | null) => at?.toISOString() ?? null;

/** The monitor: open clocks of open orders, the nearest deadline first. */
export async function listOpenClocks(
  tx: Tx,
  ctx: RequestContext,
  query: ListOpenClocksQuery,
): Promise<{ items: OpenClockItem[]; total: number }> {
  const now = ctx.clock.now();
  const where = and(
    eq(slaTimers.tenantId, ctx.tenantId),
    isOpenClock,
    query.kind ? eq(slaTimers.kind, query.kind) : undefined,
    query.state ? showsAs(query.state, now) : undefined,
  );
  const [rows, [total]] = await sequentially(
    tx
      .select({
        timer: slaTimers,
        urgency: workOrders.urgency,
        number: workOrders.number,
        customerId: customers.id,
        customerName: customers.name,
        technicianId: technician.id,
        technicianName: technician.displayName,
      })
      .from(slaTimers)
      .innerJoin(workOrders, eq(workOrders.id, slaTimers.workOrderId))
      .innerJoin(customers, eq(customers.id, workOrders.customerId))
      .leftJoin(technician, eq(technician.id, workOrders.technicianId))
      .where(where)
      .orderBy(asc(slaTimers.dueAt), asc(slaTimers.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    tx
      .select({ n: count() })
      .from(slaTimers)
      .innerJoin(workOrders, eq(workOrders.id, slaTimers.workOrderId))
      .where(where),
  );
  const since = Math.min(
    now.getTime(),
    ...rows.map((r) => r.timer.pausedAt?.getTime() ?? Infinity),
  );
  const { schedule } = await loadClockRules(tx, ctx.tenantId, new Date(since));
  const items = rows.map(({ timer, ...r }): OpenClockItem => ({
    id: timer.id,
    workOrderId: timer.workOrderId,
    number: r.number,
    urgency: r.urgency,
    customer: { id: r.customerId, name: r.customerName },
    technician:
      r.technicianId && r.technicianName ? { id: r.technicianId, name: r.technicianName } : null,
    kind: timer.kind,
    state: openClockState(timer, now),
    limitMinutes: timer.limitMinutes,
    startedAt: timer.startedAt.toISOString(),
    warnAt: timer.warnAt.toISOString(),
    dueAt: timer.dueAt.toISOString(),
    warnedAt: iso(timer.warnedAt),
    breachedAt: iso(timer.breachedAt),
    pausedAt: iso(timer.pausedAt),
    pausedMinutes: timer.pausedMinutes,
    breached: isBreached(timer, now),
    remainingMinutes: remainingMinutes(schedule, timer, now),
  }));
  return { items, total: total?.n ?? 0 };
}
