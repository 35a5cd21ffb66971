import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { CHINA_HOLIDAYS } from './china-holidays';
import type { CalendarView } from './commitments.schemas';
import { loadCalendar } from './load-calendar';

/** A year's overrides, and which years have shipped defaults to load. */
export async function listCalendarDays(
  tx: Tx,
  ctx: RequestContext,
  year: number,
): Promise<CalendarView> {
  return {
    year,
    days: await loadCalendar(tx, ctx.tenantId, `${year}-01-01`, `${year}-12-31`),
    defaultYears: CHINA_HOLIDAYS.map((y) => ({ year: y.year, isProvisional: y.isProvisional })),
  };
}
