import type { RateLimit } from './rate-limiter';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Limits of the public pages. Per device: reports counted in the database, so they hold
 * across restarts and processes. Per client address: in memory, per process (lookups cover
 * every public call — the device page, tracking, report attempts — and cap token guessing).
 * A hospital behind one NAT address shares the per-address report limit; raise it here if
 * that bites.
 */
export const PUBLIC_LIMITS = {
  deviceReports: [
    { max: 3, windowMs: HOUR },
    { max: 10, windowMs: 24 * HOUR },
  ] satisfies RateLimit[],
  addressLookups: { max: 20, windowMs: MINUTE } satisfies RateLimit,
  addressReports: { max: 5, windowMs: HOUR } satisfies RateLimit,
};

/** Photos of a report: how many, and how large each. */
export const PHOTO_LIMITS = { maxFiles: 3, maxBytes: 5 * 1024 * 1024 };
