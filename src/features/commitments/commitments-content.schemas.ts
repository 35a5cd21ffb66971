import { z } from 'zod';
import { URGENCIES, urgencySchema } from '../hotline/hotline-call.schemas';

/** Weekdays in ISO order (Monday first); the business hours are keyed by them. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const LIMIT_KINDS = ['response', 'onSite', 'completion'] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];

/** HH:mm from 00:00 to 24:00 (an interval may close at midnight). */
export const timeOfDay = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'HH:mm, 00:00–24:00');

export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

export const timeInterval = z
  .object({ start: timeOfDay, end: timeOfDay })
  .refine((i) => minutesOfDay(i.start) < minutesOfDay(i.end), {
    message: 'The interval must end after it starts',
    path: ['end'],
  });
export type TimeInterval = z.infer<typeof timeInterval>;

/** A day's opening intervals, in order and not overlapping (the lunch break between two). */
const dayHours = z
  .array(timeInterval)
  .max(6)
  .refine(
    (intervals) =>
      intervals.every(
        (i, n) => n === 0 || minutesOfDay(intervals[n - 1]!.end) <= minutesOfDay(i.start),
      ),
    { message: 'Intervals must be in order and must not overlap' },
  );

export const businessHours = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, dayHours])) as Record<Weekday, typeof dayHours>,
);
export type BusinessHours = z.infer<typeof businessHours>;

export const zoneCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]{1,20}$/, 'a–z, 0–9 or -, at most 20');
export const serviceZone = z.object({ code: zoneCode, name: z.string().trim().min(1).max(20) });
export type ServiceZone = z.infer<typeof serviceZone>;

/** Business minutes: up to 90 days of round-the-clock hours, more than any sane promise. */
const limitMinutes = z
  .number()
  .int()
  .min(1)
  .max(90 * 24 * 60);

/** The three limits of one urgency in one zone, in business minutes. */
export const commitmentLimit = z.object({
  urgency: urgencySchema,
  zone: zoneCode,
  responseMinutes: limitMinutes,
  onSiteMinutes: limitMinutes,
  completionMinutes: limitMinutes,
});
export type CommitmentLimit = z.infer<typeof commitmentLimit>;

const cadenceDays = z.number().int().min(1).max(90);

/** 服务承诺: everything the company promises its customers, in one document per tenant. */
export const commitmentsContent = z
  .object({
    zones: z.array(serviceZone).min(1).max(10),
    limits: z.array(commitmentLimit).max(30),
    /** How often open cases are chased: 包换 every 2 days, 保修 weekly, urgent daily. */
    chaseCadenceDays: z.object({
      replacement: cadenceDays,
      repair: cadenceDays,
      urgent: cadenceDays,
    }),
    /** Days within which the customer hears about an item sent away for repair (返修). */
    customerNoticeDays: z.number().int().min(1).max(90),
    businessHours,
    /** Statements printed on slips and the public page. */
    promises: z.array(z.string().trim().min(1).max(200)).max(20),
  })
  .superRefine((content, ctx) => {
    const codes = content.zones.map((z) => z.code);
    if (new Set(codes).size !== codes.length) {
      ctx.addIssue({ code: 'custom', path: ['zones'], message: 'Zone codes must be unique' });
    }
    for (const urgency of URGENCIES) {
      for (const zone of codes) {
        const rows = content.limits.filter((l) => l.urgency === urgency && l.zone === zone);
        if (rows.length !== 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['limits'],
            message: `Exactly one limit row is needed for ${urgency} × ${zone}`,
          });
        }
      }
    }
    content.limits.forEach((l, n) => {
      if (!codes.includes(l.zone)) {
        ctx.addIssue({ code: 'custom', path: ['limits', n, 'zone'], message: 'Unknown zone' });
      }
      if (l.responseMinutes > l.onSiteMinutes || l.onSiteMinutes > l.completionMinutes) {
        ctx.addIssue({
          code: 'custom',
          path: ['limits', n],
          message: 'Response ≤ on-site ≤ completion',
        });
      }
    });
    // Without a single open minute in the week no deadline could ever be reached.
    if (WEEKDAYS.every((d) => content.businessHours[d].length === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['businessHours'],
        message: 'At least one day needs business hours',
      });
    }
  });
export type CommitmentsContent = z.infer<typeof commitmentsContent>;
