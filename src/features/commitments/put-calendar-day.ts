import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { auditCalendar } from './audit-calendar';
import { forgetDeadlineInputs } from './deadline-inputs-cache';
import type { CalendarDayView, PutCalendarDayBody } from './commitments.schemas';
import { calendarDays } from './commitments.table';
import { loadCalendar } from './load-calendar';

/** Marks a day as a holiday or a 调休 workday, replacing what the day was. */
export async function putCalendarDay(
  tx: Tx,
  ctx: RequestContext,
  day: string,
  input: PutCalendarDayBody,
): Promise<CalendarDayView> {
  const [before] = await loadCalendar(tx, ctx.tenantId, day, day);
  const [after] = await tx
    .insert(calendarDays)
    .values({ tenantId: ctx.tenantId, day, kind: input.kind, name: input.name })
    .onConflictDoUpdate({
      target: [calendarDays.tenantId, calendarDays.day],
      set: { kind: input.kind, name: input.name },
    })
    .returning({ day: calendarDays.day, kind: calendarDays.kind, name: calendarDays.name });
  forgetDeadlineInputs(ctx.tenantId);
  await auditCalendar(tx, ctx, 'calendar.day.put', before ?? null, after!);
  return after!;
}
