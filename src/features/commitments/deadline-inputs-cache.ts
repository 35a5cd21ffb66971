import { TenantCache } from '../../platform/cache/tenant-cache';
import type { Queryable } from '../../platform/db';
import type { CommitmentsContent } from './commitments-content.schemas';
import type { BusinessCalendar } from './deadline.rules';
import { loadBusinessCalendar } from './load-business-calendar';
import { loadCommitments } from './load-commitments';

interface DeadlineInputs {
  content: CommitmentsContent;
  calendar: BusinessCalendar;
}

/**
 * Commitments and calendar are read by every work order created (its service clocks), and
 * change a few times a year: kept a few seconds per process (TenantCache).
 */
const cache = new TenantCache<DeadlineInputs>();

/** The tenant's commitments and its calendar from `from`'s day on, read at most every few seconds. */
export function loadDeadlineInputs(
  db: Queryable,
  tenantId: string,
  timeZone: string,
  from: Date,
): Promise<DeadlineInputs> {
  // The calendar is loaded from the local day of `from`: one entry per tenant, zone and hour
  // is enough (and the hour is finer than the day, so no entry misses a day's overrides).
  const key = `${tenantId}|${timeZone}|${Math.floor(from.getTime() / 3_600_000)}`;
  return cache.get(tenantId, key, async () => ({
    content: (await loadCommitments(db, tenantId)).content,
    calendar: await loadBusinessCalendar(db, tenantId, timeZone, from),
  }));
}

/** After a change to the tenant's commitments or calendar: read them afresh. */
export function forgetDeadlineInputs(tenantId: string): void {
  cache.forget(tenantId);
}
