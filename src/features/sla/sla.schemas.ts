import { z } from 'zod';
import { urgencySchema } from '../hotline/hotline-call.schemas';
import { SLA_KINDS, SLA_TIMER_STATES } from './sla-timers.table';

export const slaKindSchema = z.enum(SLA_KINDS);

/** One service clock of a work order, as the dispatcher and the technician see it. */
export const serviceClockView = z.object({
  kind: slaKindSchema,
  state: z.enum(SLA_TIMER_STATES),
  limitMinutes: z.number().int(),
  startedAt: z.string(),
  warnAt: z.string(),
  dueAt: z.string(),
  warnedAt: z.string().nullable(),
  breachedAt: z.string().nullable(),
  metAt: z.string().nullable(),
  pausedAt: z.string().nullable(),
  pausedMinutes: z.number().int(),
  /** Met after its deadline, or still open past it. */
  breached: z.boolean(),
});
export type ServiceClockView = z.infer<typeof serviceClockView>;

export const OPEN_CLOCK_STATES = ['running', 'warned', 'breached', 'paused'] as const;
/** How an open clock shows on the monitor: a paused clock is paused, whatever else holds. */
export type OpenClockState = (typeof OPEN_CLOCK_STATES)[number];

export const listOpenClocksQuery = z.object({
  kind: slaKindSchema.optional(),
  /** Only clocks showing this state (e.g. only warned, only breached). */
  state: z.enum(OPEN_CLOCK_STATES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListOpenClocksQuery = z.infer<typeof listOpenClocksQuery>;

/** An open clock of an open order, for the monitor. */
export const openClockItem = z.object({
  id: z.uuid(),
  workOrderId: z.uuid(),
  number: z.string(),
  urgency: urgencySchema,
  customer: z.object({ id: z.uuid(), name: z.string() }),
  technician: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  kind: slaKindSchema,
  state: z.enum(OPEN_CLOCK_STATES),
  limitMinutes: z.number().int(),
  startedAt: z.string(),
  warnAt: z.string(),
  dueAt: z.string(),
  warnedAt: z.string().nullable(),
  breachedAt: z.string().nullable(),
  pausedAt: z.string().nullable(),
  pausedMinutes: z.number().int(),
  breached: z.boolean(),
  /** Business minutes left until the deadline (from the pause, if paused); negative when late. */
  remainingMinutes: z.number().int(),
});
export type OpenClockItem = z.infer<typeof openClockItem>;

export const slaSummary = z.object({
  /** Open clocks of open orders, by how they show. */
  open: z.number().int(),
  running: z.number().int(),
  warned: z.number().int(),
  breached: z.number().int(),
  paused: z.number().int(),
  /** Breaches flagged since local midnight and since the first of the month. */
  breachedToday: z.number().int(),
  breachedThisMonth: z.number().int(),
  /** Clocks met this month, and the share met by their deadline (null when none). */
  metThisMonth: z.number().int(),
  metOnTimePercent: z.number().nullable(),
});
export type SlaSummary = z.infer<typeof slaSummary>;
