import { z } from 'zod';
import { toMinutes } from './shift-time.rules';

export const technicianSkillView = z.object({
  categoryId: z.uuid(),
  categoryCode: z.string(),
  categoryName: z.string(),
  level: z.number().int(),
});
export const technicianCertificateView = z.object({
  id: z.uuid(),
  categoryId: z.uuid(),
  categoryName: z.string(),
  name: z.string(),
  number: z.string().nullable(),
  expiresOn: z.string(),
  /** Past its expiry date, today in the tenant's time zone. */
  expired: z.boolean(),
});
export const technicianDayOffView = z.object({ day: z.string(), reason: z.string() });

export const technicianProfileView = z.object({
  userId: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  baseLabel: z.string().nullable(),
  baseLat: z.number().nullable(),
  baseLng: z.number().nullable(),
  /** Minutes after local midnight. */
  shiftStart: z.number().int(),
  shiftEnd: z.number().int(),
  workDays: z.array(z.number().int()),
  lastLat: z.number().nullable(),
  lastLng: z.number().nullable(),
  lastSeenAt: z.string().nullable(),
  skills: z.array(technicianSkillView),
  /** Live (not cancelled) certificates, soonest expiry first. */
  certificates: z.array(technicianCertificateView),
  /** Days off from today on. */
  daysOff: z.array(technicianDayOffView),
});
export type TechnicianProfileView = z.infer<typeof technicianProfileView>;
export type TechnicianSkillView = z.infer<typeof technicianSkillView>;
export type TechnicianCertificateView = z.infer<typeof technicianCertificateView>;

const lat = z.number().min(-90).max(90);
const lng = z.number().min(-180).max(180);
/** "HH:mm" or minutes after midnight. */
const shiftTime = z.union([z.string(), z.number()]).transform((value, context) => {
  const minutes = toMinutes(value);
  if (minutes === undefined) {
    context.addIssue({ code: 'custom', message: 'HH:mm between 00:00 and 24:00' });
    return z.NEVER;
  }
  return minutes;
});

export const updateProfileBody = z
  .object({
    baseLabel: z.string().trim().max(120).nullable(),
    baseLat: lat.nullable(),
    baseLng: lng.nullable(),
    shiftStart: shiftTime,
    shiftEnd: shiftTime,
    workDays: z
      .array(z.number().int().min(1).max(7))
      .min(1)
      .max(7)
      .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
  })
  .refine((body) => body.shiftEnd > body.shiftStart, {
    path: ['shiftEnd'],
    message: 'The shift must end after it starts',
  })
  .refine((body) => (body.baseLat === null) === (body.baseLng === null), {
    path: ['baseLng'],
    message: 'Give both latitude and longitude, or neither',
  });
export type UpdateProfileBody = z.infer<typeof updateProfileBody>;

export const replaceSkillsBody = z.object({
  skills: z
    .array(z.object({ categoryId: z.uuid(), level: z.number().int().min(1).max(3) }))
    .max(100)
    .refine((skills) => new Set(skills.map((s) => s.categoryId)).size === skills.length, {
      message: 'Each category at most once',
    }),
});
export type ReplaceSkillsBody = z.infer<typeof replaceSkillsBody>;

export const addCertificateBody = z.object({
  categoryId: z.uuid(),
  name: z.string().trim().min(1).max(120),
  number: z.string().trim().max(60).optional(),
  expiresOn: z.iso.date(),
});
export type AddCertificateBody = z.infer<typeof addCertificateBody>;

export const reasonBody = z.object({ reason: z.string().trim().min(1).max(500) });

export const addDayOffBody = z.object({
  day: z.iso.date(),
  reason: z.string().trim().min(1).max(200),
});
export type AddDayOffBody = z.infer<typeof addDayOffBody>;

export const checkInBody = z.object({ lat, lng });
export const checkInView = z.object({
  lastLat: z.number(),
  lastLng: z.number(),
  lastSeenAt: z.string(),
});
export type CheckInView = z.infer<typeof checkInView>;
