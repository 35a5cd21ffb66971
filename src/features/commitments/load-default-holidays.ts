import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { auditCalendar } from './audit-calendar';
import { forgetDeadlineInputs } from './deadline-inputs-cache';
import { holidaysOf } from './china-holidays';
import type { LoadDefaultsResult } from './commitments.schemas';
import { calendarDays } from './commitments.table';

/**
 * Adds a year's Chinese public holidays and 调休 workdays. A day the tenant already has is
 * kept as it is: loading again never undoes an edit.
 */
export async function loadDefaultHolidays(
  tx: Tx,
  ctx: RequestContext,
  year: number,
): Promise<LoadDefaultsResult> {
  const defaults = holidaysOf(year);
  if (!defaults) throw new AppError('NO_DEFAULT_CALENDAR', { year });
  const added = await tx
    .insert(calendarDays)
    .values(defaults.days.map((d) => ({ tenantId: ctx.tenantId, ...d })))
    .onConflictDoNothing({ target: [calendarDays.tenantId, calendarDays.day] })
    .returning({ day: calendarDays.day });
  const result = { year, added: added.length, kept: defaults.days.length - added.length };
  forgetDeadlineInputs(ctx.tenantId);
  await auditCalendar(tx, ctx, 'calendar.loadDefaults', null, {
    ...result,
    days: added.map((d) => d.day),
  });
  return result;
}
