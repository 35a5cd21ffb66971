export * from './commitments-content.schemas';
export * from './commitments.schemas';
export { DEFAULT_BUSINESS_HOURS, DEFAULT_COMMITMENTS } from './default-commitments';
export { defaultPromises, formatLimitZh } from './default-promises.rules';
export {
  addBusinessDays,
  addBusinessMinutes,
  type BusinessSchedule,
  businessMinutesBetween,
  businessSchedule,
  CALENDAR_DAY_KINDS,
  type CalendarDayKind,
  isBusinessDay,
  isBusinessTime,
} from './business-time.rules';
export {
  type BusinessCalendar,
  deadlineFor,
  deadlinesFor,
  type DeadlineSpec,
  limitFor,
  scheduleOf,
} from './deadline.rules';
export { CHINA_HOLIDAYS, holidaysOf, type HolidayYear } from './china-holidays';
export { loadCommitments, type LoadedCommitments } from './load-commitments';
export { loadCalendar } from './load-calendar';
export { loadBusinessCalendar } from './load-business-calendar';
export { forgetDeadlineInputs, loadDeadlineInputs } from './deadline-inputs-cache';
export { getCommitments } from './get-commitments';
export { updateCommitments } from './update-commitments';
export { updatePublicProfile } from './update-public-profile';
export { listCalendarDays } from './list-calendar-days';
export { putCalendarDay } from './put-calendar-day';
export { deleteCalendarDay } from './delete-calendar-day';
export { loadDefaultHolidays } from './load-default-holidays';
export { previewDeadlines } from './preview-deadlines';
export { getPublicCommitments } from './get-public-commitments';
export { calendarDays, serviceCommitments } from './commitments.table';
export { registerCommitmentRoutes } from './commitments.routes';
