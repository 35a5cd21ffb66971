import {
  and,
  eq,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  gt,
  gte,
  notInArray,
  or,
  type SQL,
} from 'drizzle-orm';
import { workOrders } from '../work-orders/work-orders.table';
import { slaTimers } from './sla-timers.table';
import type { OpenClockState } from './sla.schemas';

/** An open clock of an open order (an order closed or cancelled has no clock to watch). */
export const isOpenClock = and(
  inArray(slaTimers.state, ['running', 'paused']),
  notInArray(workOrders.status, ['closed', 'cancelled']),
)!;

/** The SQL twin of `openClockState` (sla-clock.rules.ts): which open clocks show as `state`. */
export function showsAs(state: OpenClockState, now: Date): SQL {
  const running = eq(slaTimers.state, 'running');
  const onTime = and(isNull(slaTimers.breachedAt), gte(slaTimers.dueAt, now));
  switch (state) {
    case 'paused':
      return eq(slaTimers.state, 'paused');
    case 'breached':
      return and(running, or(isNotNull(slaTimers.breachedAt), lt(slaTimers.dueAt, now)))!;
    case 'warned':
      return and(running, onTime, or(isNotNull(slaTimers.warnedAt), lte(slaTimers.warnAt, now)))!;
    case 'running':
      return and(running, onTime, isNull(slaTimers.warnedAt), gt(slaTimers.warnAt, now))!;
  }
}
