import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { inTenantOf } from '../accounts';
import {
  calendarDayParams,
  calendarDayView,
  calendarQuery,
  calendarView,
  loadDefaultsBody,
  loadDefaultsResult,
  putCalendarDayBody,
} from './commitments.schemas';
import { deleteCalendarDay } from './delete-calendar-day';
import { listCalendarDays } from './list-calendar-days';
import { loadDefaultHolidays } from './load-default-holidays';
import { putCalendarDay } from './put-calendar-day';

const tags = ['commitments'];
const manage = { permission: 'policies.manage' as const };

/** The business calendar: holidays and 调休 workdays that break the weekly hours. */
export function registerCalendarRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/calendar',
    {
      schema: { tags, querystring: calendarQuery, response: { 200: calendarView } },
      config: { permission: 'policies.read' },
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => listCalendarDays(tx, ctx, request.query.year)),
  );
  app.put(
    '/api/calendar/days/:day',
    {
      schema: {
        tags,
        params: calendarDayParams,
        body: putCalendarDayBody,
        response: { 200: calendarDayView },
      },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        putCalendarDay(tx, ctx, request.params.day, request.body),
      ),
  );
  app.delete(
    '/api/calendar/days/:day',
    { schema: { tags, params: calendarDayParams }, config: manage },
    async (request, reply) => {
      await inTenantOf(db, request, (tx, ctx) => deleteCalendarDay(tx, ctx, request.params.day));
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/calendar/load-defaults',
    {
      schema: { tags, body: loadDefaultsBody, response: { 200: loadDefaultsResult } },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => loadDefaultHolidays(tx, ctx, request.body.year)),
  );
}
