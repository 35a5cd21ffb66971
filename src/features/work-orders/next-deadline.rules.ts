import type { ServiceClockView } from '../sla/sla.schemas';

/**
 * The deadline to watch on a list row: of the clocks still open (running, or paused while the
 * order waits), the one due soonest. Met and stopped clocks are history.
 */
export function nextDeadline(clocks: readonly ServiceClockView[]): ServiceClockView | null {
  return clocks
    .filter((c) => c.state === 'running' || c.state === 'paused')
    .reduce<ServiceClockView | null>(
      (soonest, c) => (!soonest || Date.parse(c.dueAt) < Date.parse(soonest.dueAt) ? c : soonest),
      null,
    );
}
