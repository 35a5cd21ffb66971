import { describe, expect, it } from 'vitest';
import { sessionExpiry } from './session-policy';

const policy = { idleMinutes: 30, absoluteHours: 12 };
const t0 = new Date('2026-11-28T00:00:00Z');
const plus = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('sessionExpiry', () => {
  it('stays active while used within the idle limit', () => {
    expect(sessionExpiry({ createdAt: t0, lastSeenAt: plus(600) }, policy, plus(629))).toBe(
      'active',
    );
  });
  it('expires after 30 idle minutes', () => {
    expect(sessionExpiry({ createdAt: t0, lastSeenAt: plus(10) }, policy, plus(40))).toBe('idle');
  });
  it('expires after 12 hours however active', () => {
    expect(sessionExpiry({ createdAt: t0, lastSeenAt: plus(719) }, policy, plus(720))).toBe(
      'absolute',
    );
  });
});
