import { z } from 'zod';
import { phoneSchema } from '../customers/customer.schemas';
import { warrantyStatusView } from '../warranty/warranty.schemas';
import { INTAKE_CHANNELS, SERVICE_REQUEST_STATES } from './service-requests.table';

const urgency = z.enum(['normal', 'urgent', 'critical']);

/** What every channel supplies; the use case fills customer and department from the asset. */
export const serviceRequestInput = z.object({
  channel: z.enum(INTAKE_CHANNELS),
  assetId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
  contactName: z.string().trim().min(1).max(50),
  contactPhone: phoneSchema,
  deviceDescription: z.string().trim().max(200).optional(),
  faultDescription: z.string().trim().min(1).max(2000),
  urgency: urgency.default('normal'),
  hotlineCallId: z.uuid().optional(),
});
export type ServiceRequestInput = z.input<typeof serviceRequestInput>;

/** 送修: an item brought to the counter. */
export const walkInBody = serviceRequestInput
  .omit({ channel: true, hotlineCallId: true })
  .extend({
    /** Condition and accessories handed over with the item (外观、配件). */
    itemCondition: z.string().trim().max(500).optional(),
  })
  // Complete before it moves on: whose item it is, and what it is when no asset is on file.
  .refine((b) => b.assetId || b.customerId, {
    message: 'a device or a customer is required',
    path: ['customerId'],
  })
  .refine((b) => b.assetId || b.deviceDescription, {
    message: 'describe the device when it is not on file',
    path: ['deviceDescription'],
  })
  // The condition is kept with the fault text (no column of its own): both must fit.
  .refine((b) => b.faultDescription.length + (b.itemCondition?.length ?? 0) <= 1950, {
    message: 'fault and condition together are too long',
    path: ['itemCondition'],
  });
export type WalkInBody = z.infer<typeof walkInBody>;

export const serviceRequestView = z.object({
  id: z.uuid(),
  number: z.string(),
  channel: z.enum(INTAKE_CHANNELS),
  status: z.enum(SERVICE_REQUEST_STATES),
  urgency,
  customer: z.object({ id: z.uuid(), name: z.string() }),
  department: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  asset: z
    .object({
      id: z.uuid(),
      serialNumber: z.string(),
      modelCode: z.string(),
      modelName: z.string(),
      categoryId: z.uuid(),
    })
    .nullable(),
  contactName: z.string(),
  contactPhone: z.string(),
  deviceDescription: z.string(),
  faultDescription: z.string(),
  warrantyAtIntake: warrantyStatusView.nullable(),
  hotlineCallId: z.uuid().nullable(),
  workOrderId: z.uuid().nullable(),
  mergedIntoId: z.uuid().nullable(),
  rejectReason: z.string().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  photoIds: z.array(z.uuid()),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export type ServiceRequestView = z.infer<typeof serviceRequestView>;

/** The queue's filters: one status or several (comma-separated), received by default. */
export const listServiceRequestsQuery = z.object({
  status: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : ['received']))
    .pipe(z.array(z.enum(SERVICE_REQUEST_STATES)).min(1)),
  channel: z.enum(INTAKE_CHANNELS).optional(),
  customerId: z.uuid().optional(),
  /** Number, contact name or phone, serial number or fault text. */
  q: z.string().trim().max(64).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListServiceRequestsQuery = z.infer<typeof listServiceRequestsQuery>;

/** Another open report that looks like the same job (same device, or same caller lately). */
export const duplicateHint = z.object({
  id: z.uuid(),
  number: z.string(),
  channel: z.enum(INTAKE_CHANNELS),
  status: z.enum(SERVICE_REQUEST_STATES),
  contactName: z.string(),
  faultDescription: z.string(),
  createdAt: z.iso.datetime(),
});
export type DuplicateHint = z.infer<typeof duplicateHint>;

export const serviceRequestListItem = serviceRequestView.extend({
  /** Computed for today from the asset's policy and contracts; null without a device. */
  warrantyToday: warrantyStatusView.nullable(),
  photoCount: z.number().int(),
  duplicates: z.array(duplicateHint),
  workOrderNumber: z.string().nullable(),
  mergedIntoNumber: z.string().nullable(),
});
export type ServiceRequestListItem = z.infer<typeof serviceRequestListItem>;

export const serviceRequestDetail = serviceRequestListItem;
export type ServiceRequestDetail = ServiceRequestListItem;

export const mergeBody = z.object({
  intoId: z.uuid(),
  note: z.string().trim().max(500).optional(),
});
export type MergeBody = z.infer<typeof mergeBody>;

/** The reason is shown to the reporter on the tracking page. */
export const rejectBody = z.object({ reason: z.string().trim().min(2).max(500) });
export type RejectBody = z.infer<typeof rejectBody>;

/** A logged walk-in and the reporter's tracking link (a path on this site). */
export const walkInResult = z.object({
  request: serviceRequestView,
  trackingUrl: z.string(),
});
export type WalkInResult = z.infer<typeof walkInResult>;
