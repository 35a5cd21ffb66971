import {
  addBusinessMinutes,
  type BusinessSchedule,
  businessMinutesBetween,
} from '../commitments/business-time.rules';
import type { SlaTimerState } from './sla-timers.table';
import type { OpenClockState } from './sla.schemas';

/** When a clock warns and when it is due. Invariant: warnAt ≤ dueAt. */
export interface ClockTimes {
  warnAt: Date;
  dueAt: Date;
}

/** The share of a limit after which a clock warns, in whole business minutes. */
export function warnOffsetMinutes(limitMinutes: number, warnPercent: number): number {
  const share = Math.min(100, Math.max(0, warnPercent));
  return Math.floor((limitMinutes * share) / 100);
}

/** A new clock's warning and deadline, counted in business time from `from`. */
export function planClock(
  schedule: BusinessSchedule,
  from: Date,
  limitMinutes: number,
  warnPercent: number,
): ClockTimes {
  return {
    warnAt: addBusinessMinutes(schedule, from, warnOffsetMinutes(limitMinutes, warnPercent)),
    dueAt: addBusinessMinutes(schedule, from, limitMinutes),
  };
}

export interface PausedClock extends ClockTimes {
  pausedAt: Date;
}

export interface ResumedClock extends ClockTimes {
  /** Business minutes the pause lasted (whole minutes, for the running total). */
  pausedMinutes: number;
}

/**
 * A paused clock counting on at `now`: each instant still ahead of it at the pause gets the
 * business minutes it had left, counted from now; an instant already passed stays (a clock
 * past due when paused stays breached). So the deadline moves by exactly the business time
 * spent paused, and a pause outside business hours moves nothing.
 */
export function resumeClock(
  schedule: BusinessSchedule,
  clock: PausedClock,
  now: Date,
): ResumedClock {
  const resumedAt = now < clock.pausedAt ? clock.pausedAt : now;
  const shift = (at: Date) => {
    const left = businessMinutesBetween(schedule, clock.pausedAt, at);
    return left > 0 ? addBusinessMinutes(schedule, resumedAt, left) : at;
  };
  return {
    warnAt: shift(clock.warnAt),
    dueAt: shift(clock.dueAt),
    pausedMinutes: Math.round(businessMinutesBetween(schedule, clock.pausedAt, resumedAt)),
  };
}

export interface ClockFacts extends ClockTimes {
  state: SlaTimerState;
  warnedAt: Date | null;
  breachedAt: Date | null;
  metAt: Date | null;
  pausedAt: Date | null;
}

/**
 * Met after its deadline, or still open past it. A paused clock counts as past due only if it
 * was paused after its deadline: the pause moves a deadline that was still ahead.
 */
export function isBreached(clock: ClockFacts, now: Date): boolean {
  if (clock.breachedAt) return true;
  if (clock.metAt) return clock.metAt > clock.dueAt;
  if (clock.state === 'running') return now > clock.dueAt;
  if (clock.state === 'paused') return clock.pausedAt !== null && clock.pausedAt > clock.dueAt;
  return false;
}

/** How an open clock shows on the monitor: a paused clock is paused, whatever else holds. */
export function openClockState(clock: ClockFacts, now: Date): OpenClockState {
  if (clock.state === 'paused') return 'paused';
  if (isBreached(clock, now)) return 'breached';
  if (clock.warnedAt || now >= clock.warnAt) return 'warned';
  return 'running';
}

/**
 * Whole business minutes from now (or from the pause, for a paused clock) to the deadline;
 * negative when overdue, rounded down so a clock never looks better than it is.
 */
export function remainingMinutes(
  schedule: BusinessSchedule,
  clock: Pick<ClockFacts, 'state' | 'dueAt' | 'pausedAt'>,
  now: Date,
): number {
  const from = clock.state === 'paused' && clock.pausedAt ? clock.pausedAt : now;
  return Math.floor(businessMinutesBetween(schedule, from, clock.dueAt));
}
