import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServiceClockView } from '../sla/sla.schemas';
import { SLA_KINDS, SLA_TIMER_STATES } from '../sla/sla-timers.table';
import { nextDeadline } from './next-deadline.rules';

const clock = (over: Partial<ServiceClockView>): ServiceClockView => ({
  kind: 'response',
  state: 'running',
  limitMinutes: 60,
  startedAt: '2026-11-28T02:00:00.000Z',
  warnAt: '2026-11-28T02:48:00.000Z',
  dueAt: '2026-11-28T03:00:00.000Z',
  warnedAt: null,
  breachedAt: null,
  metAt: null,
  pausedAt: null,
  pausedMinutes: 0,
  breached: false,
  ...over,
});

describe('nextDeadline', () => {
  it('picks the open clock due soonest, paused ones included', () => {
    const response = clock({ kind: 'response', state: 'met', dueAt: '2026-11-28T03:00:00.000Z' });
    const onSite = clock({ kind: 'onSite', state: 'paused', dueAt: '2026-11-28T06:00:00.000Z' });
    const completion = clock({ kind: 'completion', dueAt: '2026-11-29T06:00:00.000Z' });
    expect(nextDeadline([completion, response, onSite])).toBe(onSite);
  });

  it('is null without open clocks', () => {
    expect(nextDeadline([])).toBeNull();
    expect(nextDeadline([clock({ state: 'met' }), clock({ state: 'stopped' })])).toBeNull();
  });

  it('is never later than any open clock', () => {
    const arbitraryClock = fc
      .record({
        kind: fc.constantFrom(...SLA_KINDS),
        state: fc.constantFrom(...SLA_TIMER_STATES),
        due: fc.integer({ min: 0, max: 10_000_000 }),
      })
      .map(({ kind, state, due }) =>
        clock({ kind, state, dueAt: new Date(1_800_000_000_000 + due * 1000).toISOString() }),
      );
    fc.assert(
      fc.property(fc.array(arbitraryClock, { maxLength: 6 }), (clocks) => {
        const open = clocks.filter((c) => c.state === 'running' || c.state === 'paused');
        const next = nextDeadline(clocks);
        if (open.length === 0) return next === null;
        return next !== null && open.every((c) => Date.parse(next.dueAt) <= Date.parse(c.dueAt));
      }),
    );
  });
});
