/** Idle and absolute session limits; from configuration, 30 minutes and 12 hours by default. */
export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export function sessionExpiry(
  session: { createdAt: Date; lastSeenAt: Date },
  policy: SessionPolicy,
  now: Date,
): 'active' | 'idle' | 'absolute' {
  if (now.getTime() - session.createdAt.getTime() >= policy.absoluteHours * 3_600_000)
    return 'absolute';
  if (now.getTime() - session.lastSeenAt.getTime() >= policy.idleMinutes * 60_000) return 'idle';
  return 'active';
}
