import { z } from 'zod';
import { phoneSchema } from '../customers/customer.schemas';

export const URGENCIES = ['normal', 'urgent', 'critical'] as const;
export const urgencySchema = z.enum(URGENCIES);
export type Urgency = z.infer<typeof urgencySchema>;

/** 电话派工记录: everything the service desk writes down while the customer is on the line. */
export const createHotlineCallBody = z.object({
  callerName: z.string().trim().min(1).max(60),
  callerPhone: phoneSchema,
  customerId: z.uuid(),
  departmentId: z.uuid().optional(),
  deviceDescription: z.string().trim().min(1).max(200),
  /** The kind of equipment, when the desk can tell: it decides who is skilled to go. */
  categoryId: z.uuid().optional(),
  /** The device, when the caller can name it (serial number on the label): its warranty shows. */
  assetId: z.uuid().optional(),
  faultDescription: z.string().trim().min(1).max(2000),
  urgency: urgencySchema.default('normal'),
  /** When the call came in, if not now (ISO 8601 with offset). */
  receivedAt: z.iso.datetime({ offset: true }).optional(),
});
export type CreateHotlineCallBody = z.infer<typeof createHotlineCallBody>;

export const hotlineCallView = z.object({
  id: z.uuid(),
  callerName: z.string(),
  callerPhone: z.string(),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  department: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  deviceDescription: z.string(),
  categoryId: z.uuid().nullable(),
  assetId: z.uuid().nullable(),
  faultDescription: z.string(),
  urgency: urgencySchema,
  receivedBy: z.object({ id: z.uuid(), name: z.string() }),
  receivedAt: z.string(),
  workOrderId: z.uuid().nullable(),
  workOrderNumber: z.string().nullable(),
});
export type HotlineCallView = z.infer<typeof hotlineCallView>;

export const listHotlineCallsQuery = z.object({
  hasWorkOrder: z.enum(['true', 'false']).optional(),
  /** Received on or after / on or before these days (YYYY-MM-DD, the tenant's time zone). */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
