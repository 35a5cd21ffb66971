export const LOCKOUT = { maxFailures: 5, windowMinutes: 15 } as const;

export interface Attempt {
  outcome: 'failed' | 'succeeded' | 'unlocked';
  at: Date;
  /** Order of recording (the row id): breaks ties between attempts at one instant. */
  seq: number;
}

/**
 * Locked when the last `maxFailures` attempts inside the window all failed, with no success or
 * unlock after them. Attempts may come in any order.
 */
export function isLockedOut(attempts: readonly Attempt[], now: Date): boolean {
  const windowStart = now.getTime() - LOCKOUT.windowMinutes * 60_000;
  const recent = attempts
    .filter((a) => a.at.getTime() > windowStart && a.at.getTime() <= now.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.seq - b.seq);
  let failures = 0;
  for (const attempt of recent) failures = attempt.outcome === 'failed' ? failures + 1 : 0;
  return failures >= LOCKOUT.maxFailures;
}
