import { and, asc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import type { CalendarDayView } from './commitments.schemas';
import { calendarDays } from './commitments.table';

/**
 * The tenant's holiday and 调休 workday overrides from `fromDay` to `toDay` (inclusive, YYYY-MM-DD);
 * without `toDay`, every override from `fromDay` on (a few dozen a year), so a deadline however
 * far out sees them all.
 */
export async function loadCalendar(
  db: Queryable,
  tenantId: string,
  fromDay: string,
  toDay?: string,
): Promise<CalendarDayView[]> {
  const filters: SQL[] = [eq(calendarDays.tenantId, tenantId), gte(calendarDays.day, fromDay)];
  if (toDay) filters.push(lte(calendarDays.day, toDay));
  return db
    .select({ day: calendarDays.day, kind: calendarDays.kind, name: calendarDays.name })
    .from(calendarDays)
    .where(and(...filters))
    .orderBy(asc(calendarDays.day));
}
