import { z } from 'zod';
import { warrantyStatusView } from '../warranty/warranty.schemas';
import { urgencySchema } from '../hotline/hotline-call.schemas';
import { serviceClockView } from '../sla/sla.schemas';
import { WORK_ORDER_ACTIONS, WORK_ORDER_STATES } from './work-order.states';

export const workOrderStatusSchema = z.enum(WORK_ORDER_STATES);
export const workOrderActionSchema = z.enum(WORK_ORDER_ACTIONS);

const ref = z.object({ id: z.uuid(), name: z.string() });

export const workOrderListItem = z.object({
  id: z.uuid(),
  number: z.string(),
  status: workOrderStatusSchema,
  urgency: urgencySchema,
  customer: ref,
  department: ref.nullable(),
  faultDescription: z.string(),
  contactPhone: z.string(),
  technician: ref.nullable(),
  /** When the day plan has the visit start, and its place in the technician's route. */
  plannedStart: z.string().nullable(),
  routeSequence: z.number().int().nullable(),
  /** The open service clock due soonest (running or paused), with its warning and breach. */
  nextDeadline: serviceClockView.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WorkOrderListItem = z.infer<typeof workOrderListItem>;

export const workOrderDetail = workOrderListItem.extend({
  hotlineCallId: z.uuid().nullable(),
  serviceRequestId: z.uuid().nullable(),
  /** The device, when known, and its warranty status today (包换/保修/合同/过保). */
  asset: z
    .object({
      id: z.uuid(),
      serialNumber: z.string(),
      modelCode: z.string(),
      modelName: z.string(),
    })
    .nullable(),
  warranty: warrantyStatusView.nullable(),
  categoryId: z.uuid().nullable(),
  requiredLevel: z.number().int(),
  estimatedMinutes: z.number().int().nullable(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  window: z.object({ start: z.string(), end: z.string(), agreed: z.boolean() }).nullable(),
  contactName: z.string(),
  deviceDescription: z.string(),
  /** The customer's site address and where a navigation link should point. */
  address: z.string().nullable(),
  contactedAt: z.string().nullable(),
  confirmedFault: z.string().nullable(),
  diagnosis: z.string().nullable(),
  quoteId: z.uuid().nullable(),
  quoteDecision: z.enum(['approved', 'declined']).nullable(),
  revisitReason: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  /** Out-of-warranty work whose quote is not approved yet. */
  approvalNeeded: z.boolean(),
  /** The service clocks (response, on site, completion) with their deadlines and breaches. */
  serviceClocks: z.array(serviceClockView),
  resolution: z.string().nullable(),
  cancelReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  /** What the current user may do now, from the transition table and their roles. */
  allowedActions: z.array(workOrderActionSchema),
});
export type WorkOrderDetail = z.infer<typeof workOrderDetail>;

export const historyEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: ref.nullable(),
  role: z.string(),
  action: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

/** From a hotline call or a request in the intake queue (exactly one), with optional corrections. */
export const createWorkOrderBody = z
  .object({
    hotlineCallId: z.uuid().optional(),
    serviceRequestId: z.uuid().optional(),
    technicianId: z.uuid().optional(),
    categoryId: z.uuid().optional(),
    urgency: z.enum(['normal', 'urgent', 'critical']).optional(),
  })
  .refine((b) => (b.hotlineCallId ? 1 : 0) + (b.serviceRequestId ? 1 : 0) === 1, {
    message: 'exactly one of hotlineCallId and serviceRequestId',
    path: ['serviceRequestId'],
  });
export type CreateWorkOrderBody = z.infer<typeof createWorkOrderBody>;

export const assignBody = z.object({ technicianId: z.uuid() });
export const reassignBody = z.object({
  technicianId: z.uuid(),
  reason: z.string().trim().min(1).max(500),
});
/** The visit window agreed with the customer (hard for planning), or only preferred (soft). */
export const appointmentBody = z
  .object({
    start: z.iso.datetime({ offset: true }),
    end: z.iso.datetime({ offset: true }),
    agreed: z.boolean(),
    estimatedMinutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .optional(),
    requiredLevel: z.number().int().min(1).max(3).optional(),
  })
  .refine((w) => Date.parse(w.end) > Date.parse(w.start), {
    message: 'end must be after start',
    path: ['end'],
  });

export const closeBody = z.object({ resolution: z.string().trim().min(1).max(4000) });
export const cancelBody = z.object({ reason: z.string().trim().min(1).max(500) });

export const WORK_ORDER_SORTS = [
  'createdAt',
  'number',
  'urgency',
  'status',
  'updatedAt',
  'plannedStart',
] as const;

export const listWorkOrdersQuery = z.object({
  q: z.string().trim().max(64).optional(),
  /** One status or several, comma-separated. */
  status: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : undefined))
    .pipe(z.array(workOrderStatusSchema).optional()),
  technicianId: z.uuid().optional(),
  /** Only the current user's own orders (the technician's "my work orders"). */
  mine: z.enum(['true', 'false']).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /**
   * The jobs of one local day (YYYY-MM-DD): the visit starts that day — the agreed window's
   * start, else the day plan's — in that order, then by route sequence (with `mine=true`, the
   * technician's "my jobs today"). Overrides `sort`.
   */
  day: z.iso.date().optional(),
  sort: z.enum(WORK_ORDER_SORTS).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListWorkOrdersQuery = z.infer<typeof listWorkOrdersQuery>;

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });
