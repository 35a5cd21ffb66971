import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Queryable, Tx } from '../../platform/db';
import type { ClockContext } from './clock-context';
import type { SlaTimer } from './clock-jobs';
import { isBreached } from './sla-clock.rules';
import { SLA_KINDS, slaTimers } from './sla-timers.table';
import type { ServiceClockView } from './sla.schemas';

const iso = (at: Date | null) => at?.toISOString() ?? null;

/** What a clock's view is made of (no wider: lists read a page's clocks at a time). */
const viewColumns = {
  workOrderId: slaTimers.workOrderId,
  kind: slaTimers.kind,
  state: slaTimers.state,
  limitMinutes: slaTimers.limitMinutes,
  startedAt: slaTimers.startedAt,
  warnAt: slaTimers.warnAt,
  dueAt: slaTimers.dueAt,
  warnedAt: slaTimers.warnedAt,
  breachedAt: slaTimers.breachedAt,
  metAt: slaTimers.metAt,
  pausedAt: slaTimers.pausedAt,
  pausedMinutes: slaTimers.pausedMinutes,
};

export function toClockView(
  timer: Pick<SlaTimer, Exclude<keyof typeof viewColumns, 'workOrderId'>>,
  now: Date,
): ServiceClockView {
  return {
    kind: timer.kind,
    state: timer.state,
    limitMinutes: timer.limitMinutes,
    startedAt: timer.startedAt.toISOString(),
    warnAt: timer.warnAt.toISOString(),
    dueAt: timer.dueAt.toISOString(),
    warnedAt: iso(timer.warnedAt),
    breachedAt: iso(timer.breachedAt),
    metAt: iso(timer.metAt),
    pausedAt: iso(timer.pausedAt),
    pausedMinutes: timer.pausedMinutes,
    breached: isBreached(timer, now),
  };
}

/** The clocks of these orders, by order id, in the order response, on site, completion. */
export async function getServiceClocks(
  tx: Tx,
  ctx: ClockContext,
  workOrderIds: readonly string[],
): Promise<Map<string, ServiceClockView[]>> {
  const byOrder = new Map<string, ServiceClockView[]>();
  if (workOrderIds.length === 0) return byOrder;
  const rows = await tx
    .select(viewColumns)
    .from(slaTimers)
    .where(
      and(eq(slaTimers.tenantId, ctx.tenantId), inArray(slaTimers.workOrderId, [...workOrderIds])),
    );
  const now = ctx.clock.now();
  rows.sort((a, b) => SLA_KINDS.indexOf(a.kind) - SLA_KINDS.indexOf(b.kind));
  for (const row of rows) {
    const views = byOrder.get(row.workOrderId) ?? [];
    views.push(toClockView(row, now));
    byOrder.set(row.workOrderId, views);
  }
  return byOrder;
}

const kindOrder = sql.raw(`ARRAY[${SLA_KINDS.map((k) => `'${k}'`).join(',')}]::text[]`);

/**
 * The order's next deadline — its open (running or paused) clock due soonest, the first kind
 * on a tie — as a lateral subquery, so a list reads each row's with the row itself.
 */
export function nextClockOf(db: Queryable, order: { id: AnyPgColumn; tenantId: AnyPgColumn }) {
  return db
    .select(viewColumns)
    .from(slaTimers)
    .where(
      and(
        eq(slaTimers.tenantId, order.tenantId),
        eq(slaTimers.workOrderId, order.id),
        inArray(slaTimers.state, ['running', 'paused']),
      ),
    )
    .orderBy(asc(slaTimers.dueAt), sql`array_position(${kindOrder}, ${slaTimers.kind})`)
    .limit(1)
    .as('next_clock');
}
