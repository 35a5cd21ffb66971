import { z } from 'zod';
import { phoneSchema } from '../customers/customer.schemas';
import { WARRANTY_STATES } from '../warranty/warranty.rules';
import { TRACKING_STAGES } from './tracking-stage.rules';

/** The version of the privacy notice the reporter agrees to (the text lives in the web app). */
export const PRIVACY_NOTICE_VERSION = '2026-11';

/** Anything the client sends is accepted as a token: shape checks happen in one place. */
export const publicTokenParams = z.object({ token: z.string().max(200) });

const company = z.object({ name: z.string(), hotline: z.string().nullable() });

/** What anyone holding the device's label may see: the unit, never its owner. */
export const publicDeviceView = z.object({
  company,
  device: z.object({
    modelName: z.string(),
    modelCode: z.string(),
    brand: z.string(),
    category: z.string(),
    serialNumber: z.string(),
    department: z.string().nullable(),
  }),
  warranty: z.object({
    state: z.enum(WARRANTY_STATES),
    /** Last day of the period the unit is in today; null when expired or unknown. */
    endsOn: z.string().nullable(),
    coverage: z.object({ parts: z.boolean(), labour: z.boolean(), travel: z.boolean() }),
  }),
  privacyNoticeVersion: z.string(),
});
export type PublicDeviceView = z.infer<typeof publicDeviceView>;

/** The form fields of a report (multipart); photos travel as file parts beside them. */
export const publicReportFields = z.object({
  fault: z.string().trim().min(1).max(1000),
  contactName: z.string().trim().min(1).max(50),
  contactPhone: phoneSchema,
  consent: z.literal('true'),
});
export type PublicReportFields = z.infer<typeof publicReportFields>;

export const publicReportAnswer = z.object({ number: z.string(), trackingUrl: z.string() });
export type PublicReportAnswer = z.infer<typeof publicReportAnswer>;

export const trackingStep = z.object({
  stage: z.enum(TRACKING_STAGES),
  at: z.iso.datetime().nullable(),
});

/** The progress of a report, for whoever holds its tracking link: no names, no phones. */
export const publicTrackingView = z.object({
  number: z.string(),
  createdAt: z.iso.datetime(),
  stage: z.enum(TRACKING_STAGES),
  steps: z.array(trackingStep),
  rejectReason: z.string().nullable(),
  device: z.object({ modelName: z.string(), serialNumber: z.string() }).nullable(),
  company,
});
export type PublicTrackingView = z.infer<typeof publicTrackingView>;

export const photoParams = z.object({ id: z.uuid(), fileId: z.uuid() });
