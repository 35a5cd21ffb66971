import type { Queryable } from '../../platform/db';
import { localDay } from '../../platform/numbering/next-number';
import type { BusinessCalendar } from './deadline.rules';
import { loadCalendar } from './load-calendar';

/** Everything deadlineFor needs besides the commitments, for deadlines counted from `from`. */
export async function loadBusinessCalendar(
  db: Queryable,
  tenantId: string,
  timeZone: string,
  from: Date,
): Promise<BusinessCalendar> {
  return { timeZone, days: await loadCalendar(db, tenantId, localDay(from, timeZone)) };
}
