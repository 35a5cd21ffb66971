import { eq } from 'drizzle-orm';
import { TenantCache } from '../../platform/cache/tenant-cache';
import type { Tx } from '../../platform/db';
import { tenants } from '../accounts';
import {
  type BusinessSchedule,
  type CommitmentsContent,
  loadDeadlineInputs,
  scheduleOf,
} from '../commitments';
import { serviceSettings } from '../work-orders/on-site.table';

/** The warn share when the tenant has not set one. */
export const DEFAULT_WARN_PERCENT = 80;

export interface ClockRules {
  content: CommitmentsContent;
  schedule: BusinessSchedule;
  timeZone: string;
  warnPercent: number;
}

/** The warn share is read by every order created and changes rarely (TenantCache). */
const warnPercents = new TenantCache<number>();

/** After the tenant's on-site settings change: read the warn share afresh. */
export function forgetWarnPercent(tenantId: string): void {
  warnPercents.forget(tenantId);
}

/**
 * The tenant's commitments, business calendar (every override from `since` on) and warn
 * share: everything the clock arithmetic needs.
 */
export async function loadClockRules(
  tx: Tx,
  tenantId: string,
  since: Date,
  knownTimeZone?: string,
): Promise<ClockRules> {
  const [tenant] = knownTimeZone
    ? [{ timeZone: knownTimeZone }]
    : await tx.select({ timeZone: tenants.timezone }).from(tenants).where(eq(tenants.id, tenantId));
  const warnPercent = await warnPercents.get(tenantId, tenantId, async () => {
    const [settings] = await tx
      .select({ warnPercent: serviceSettings.slaWarnPercent })
      .from(serviceSettings)
      .where(eq(serviceSettings.tenantId, tenantId));
    return settings?.warnPercent ?? DEFAULT_WARN_PERCENT;
  });
  const timeZone = tenant?.timeZone ?? 'Asia/Shanghai';
  const { content, calendar } = await loadDeadlineInputs(tx, tenantId, timeZone, since);
  return {
    content,
    schedule: scheduleOf(content, calendar),
    timeZone,
    warnPercent,
  };
}
