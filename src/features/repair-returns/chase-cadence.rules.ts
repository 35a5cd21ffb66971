import type { ChaseCoverage } from './repair-return.states';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The commitments' chase cadences (服务承诺 chaseCadenceDays), in days. */
export interface ChaseCadence {
  replacement: number;
  repair: number;
  urgent: number;
}

export interface ChasedReturn {
  urgent: boolean;
  /** The warranty found at the test; null when never tested (chased like a repair). */
  coverage: ChaseCoverage | null;
}

/**
 * Days between chases of a return: 特急 on the urgent cadence whatever its cover, 包换 on the
 * replacement cadence, everything else (保修, charged, untested) on the repair cadence.
 */
export function chaseCadenceDays(cadence: ChaseCadence, rr: ChasedReturn): number {
  if (rr.urgent) return cadence.urgent;
  return rr.coverage === 'replacement' ? cadence.replacement : cadence.repair;
}

/** When the next chase falls due: whole days after `from` (the shipping, or the last chase). */
export function nextChaseDue(from: Date, cadenceDays: number): Date {
  return new Date(from.getTime() + cadenceDays * DAY_MS);
}

/** A due chase not made within a day is overdue: the service managers are told then. */
export function chaseOverdueAt(dueAt: Date): Date {
  return new Date(dueAt.getTime() + DAY_MS);
}
