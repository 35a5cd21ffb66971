import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { auditCalendar } from './audit-calendar';
import { forgetDeadlineInputs } from './deadline-inputs-cache';
import { calendarDays } from './commitments.table';

/** Returns a day to the weekly pattern. The audit trail keeps what it was. */
export async function deleteCalendarDay(tx: Tx, ctx: RequestContext, day: string): Promise<void> {
  const [removed] = await tx
    .delete(calendarDays)
    .where(and(eq(calendarDays.tenantId, ctx.tenantId), eq(calendarDays.day, day)))
    .returning({ day: calendarDays.day, kind: calendarDays.kind, name: calendarDays.name });
  if (!removed) throw new AppError('NOT_FOUND');
  forgetDeadlineInputs(ctx.tenantId);
  await auditCalendar(tx, ctx, 'calendar.day.delete', removed, null);
}
