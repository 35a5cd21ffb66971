import { z } from 'zod';
import { urgencySchema } from '../hotline/hotline-call.schemas';
import {
  businessHours,
  commitmentLimit,
  commitmentsContent,
  serviceZone,
  zoneCode,
} from './commitments-content.schemas';

/** Responses carry stored content as it is; only writes are checked against every rule. */
const contentOut = z.object({
  zones: z.array(serviceZone),
  limits: z.array(commitmentLimit),
  chaseCadenceDays: z.object({ replacement: z.number(), repair: z.number(), urgent: z.number() }),
  customerNoticeDays: z.number(),
  businessHours,
  promises: z.array(z.string()),
});

export const publicProfile = z.object({
  companyName: z.string(),
  publicCode: z.string().nullable(),
  hotline: z.string().nullable(),
});

export const commitmentsView = z.object({
  content: contentOut,
  /** 0 while the tenant runs on the defaults and has saved nothing. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  timeZone: z.string(),
  publicProfile,
});
export type CommitmentsView = z.infer<typeof commitmentsView>;

export const updateCommitmentsBody = z.object({
  version: z.number().int().min(0),
  content: commitmentsContent,
});
export type UpdateCommitmentsBody = z.infer<typeof updateCommitmentsBody>;

/** The code in /p/c/:code: lower-case letters, digits and inner hyphens, 3–40 long. */
export const publicCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/, 'a–z, 0–9 and -, 3–40 long');
const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

export const updatePublicProfileBody = z.object({
  publicCode: z.preprocess(emptyToNull, publicCode.nullable()),
  hotline: z.preprocess(emptyToNull, z.string().trim().max(40).nullable()),
});
export type UpdatePublicProfileBody = z.infer<typeof updatePublicProfileBody>;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'Not a date');

export const calendarDayKind = z.enum(['holiday', 'workday']);
export const calendarDayView = z.object({
  day: z.string(),
  kind: calendarDayKind,
  name: z.string(),
});
export type CalendarDayView = z.infer<typeof calendarDayView>;

export const calendarQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const calendarView = z.object({
  year: z.number().int(),
  days: z.array(calendarDayView),
  /** Years with shipped Chinese public holidays; provisional ones await the official notice. */
  defaultYears: z.array(z.object({ year: z.number().int(), isProvisional: z.boolean() })),
});
export type CalendarView = z.infer<typeof calendarView>;

export const calendarDayParams = z.object({ day: isoDay });
export const putCalendarDayBody = z.object({
  kind: calendarDayKind,
  name: z.string().trim().min(1).max(40),
});
export type PutCalendarDayBody = z.infer<typeof putCalendarDayBody>;

export const loadDefaultsBody = z.object({ year: z.number().int().min(2000).max(2100) });
export const loadDefaultsResult = z.object({
  year: z.number().int(),
  added: z.number().int(),
  /** Days the tenant already had (edited or loaded before), left as they were. */
  kept: z.number().int(),
});
export type LoadDefaultsResult = z.infer<typeof loadDefaultsResult>;

export const deadlinePreviewQuery = z.object({
  urgency: urgencySchema,
  zone: zoneCode,
  from: z.iso.datetime({ offset: true }).optional(),
});
export type DeadlinePreviewQuery = z.infer<typeof deadlinePreviewQuery>;

const deadline = z.object({ limitMinutes: z.number().int(), deadline: z.string() });
export const deadlinePreview = z.object({
  from: z.string(),
  timeZone: z.string(),
  response: deadline,
  onSite: deadline,
  completion: deadline,
});
export type DeadlinePreview = z.infer<typeof deadlinePreview>;

/** What anyone may read about a company's promises: nothing internal. */
export const publicCommitmentsView = z.object({
  companyName: z.string(),
  hotline: z.string().nullable(),
  zones: z.array(serviceZone),
  limits: z.array(commitmentLimit),
  businessHours,
  promises: z.array(z.string()),
  chaseCadenceDays: contentOut.shape.chaseCadenceDays,
  customerNoticeDays: z.number(),
});
export type PublicCommitmentsView = z.infer<typeof publicCommitmentsView>;
export const publicCodeParams = z.object({ code: z.string().trim().toLowerCase().max(60) });
