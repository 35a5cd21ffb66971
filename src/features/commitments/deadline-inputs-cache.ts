import type { Queryable } from '../../platform/db';
import type { CommitmentsContent } from './commitments-content.schemas';
import type { BusinessCalendar } from './deadline.rules';
import { loadBusinessCalendar } from './load-business-calendar';
import { loadCommitments } from './load-commitments';

/**
 * Commitments and calendar are read by every work order created (its service clocks), and
 * change a few times a year. This process keeps what it read for a few seconds; a change made
 * here forgets it at once, so only another process may count deadlines on the old rules, for
 * at most TTL_MS after the change commits (like the session cache).
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 1_000;

interface DeadlineInputs {
  content: CommitmentsContent;
  calendar: BusinessCalendar;
}

const entries = new Map<string, { until: number; tenantId: string; value: DeadlineInputs }>();
/** After a change, a tenant is read afresh for a while: its transaction may not have committed. */
const uncachedUntil = new Map<string, number>();

/** The tenant's commitments and its calendar from `from`'s day on, read at most every few seconds. */
export async function loadDeadlineInputs(
  db: Queryable,
  tenantId: string,
  timeZone: string,
  from: Date,
): Promise<DeadlineInputs> {
  // The calendar is loaded from the local day of `from`: one entry per tenant, zone and hour
  // is enough (and the hour is finer than the day, so no entry misses a day's overrides).
  const key = `${tenantId}|${timeZone}|${Math.floor(from.getTime() / 3_600_000)}`;
  const now = performance.now();
  const hit = entries.get(key);
  if (hit && hit.until > now) return hit.value;
  const { content } = await loadCommitments(db, tenantId);
  const calendar = await loadBusinessCalendar(db, tenantId, timeZone, from);
  const value = { content, calendar };
  if ((uncachedUntil.get(tenantId) ?? 0) > now) return value;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(key, { until: now + TTL_MS, tenantId, value });
  return value;
}

/** After a change to the tenant's commitments or calendar: read them afresh. */
export function forgetDeadlineInputs(tenantId: string): void {
  for (const [key, entry] of entries) if (entry.tenantId === tenantId) entries.delete(key);
  uncachedUntil.set(tenantId, performance.now() + TTL_MS);
  if (uncachedUntil.size > MAX_ENTRIES) uncachedUntil.clear();
}
