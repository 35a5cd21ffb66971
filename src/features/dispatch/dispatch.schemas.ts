import { z } from 'zod';

const day = z.iso.date();
const reason = z.object({ zh: z.string(), en: z.string() });

export const proposePlanBody = z.object({
  day,
  /** Seconds the optimiser may search (the plan is ready within this plus a moment). */
  timeLimitSeconds: z.number().min(0.5).max(20).default(3),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
  /** Keep already-assigned orders with their technician (the default), or re-plan them too. */
  keepAssignments: z.boolean().default(true),
  /** Orders the dispatcher locked to a technician, in the order they should be visited. */
  locks: z
    .array(z.object({ workOrderId: z.uuid(), technicianId: z.uuid() }))
    .max(500)
    .default([]),
});
export type ProposePlanBody = z.infer<typeof proposePlanBody>;

const plannedStop = z.object({
  workOrderId: z.uuid(),
  number: z.string(),
  customerName: z.string(),
  arrival: z.string(),
  start: z.string(),
  end: z.string(),
  travelMinutes: z.number(),
  lateMinutes: z.number(),
  locked: z.boolean(),
});
export const dayPlanView = z.object({
  day,
  routes: z.array(
    z.object({
      technicianId: z.uuid(),
      technicianName: z.string(),
      shiftStart: z.string(),
      shiftEnd: z.string(),
      stops: z.array(plannedStop),
      travelMinutes: z.number(),
      returnAt: z.string().nullable(),
    }),
  ),
  unplanned: z.array(z.object({ workOrderId: z.uuid(), number: z.string(), reason })),
  totals: z.object({
    orders: z.number(),
    planned: z.number(),
    urgentUnplanned: z.number(),
    travelMinutes: z.number(),
    lateMinutes: z.number(),
  }),
  solverMs: z.number(),
});
export const planRecordView = z.object({
  id: z.uuid(),
  day,
  status: z.enum(['draft', 'applied', 'superseded']),
  createdAt: z.string(),
  plan: dayPlanView,
});
export type PlanRecordView = z.infer<typeof planRecordView>;

export const boardJob = z.object({
  workOrderId: z.uuid(),
  number: z.string(),
  customerName: z.string(),
  urgency: z.enum(['normal', 'urgent', 'critical']),
  categoryName: z.string().nullable(),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  minutes: z.number(),
  window: z.object({ start: z.string(), end: z.string(), agreed: z.boolean() }).nullable(),
  hasLocation: z.boolean(),
});
export type BoardJob = z.infer<typeof boardJob>;
export const boardView = z.object({
  day,
  technicians: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      shiftStart: z.string(),
      shiftEnd: z.string(),
      /** Why the technician is not available that day (day off, not a work day), or null. */
      off: reason.nullable(),
      jobs: z.array(boardJob),
    }),
  ),
  unassigned: z.array(boardJob),
  draft: planRecordView.nullable(),
});
export type BoardView = z.infer<typeof boardView>;

export const boardQuery = z.object({ day });
export const moveBody = z.object({
  day,
  workOrderId: z.uuid(),
  technicianId: z.uuid(),
  /** 0-based place in the technician's route for the day. */
  position: z.number().int().min(0).max(200),
});

export const recommendationView = z.object({
  technicianId: z.uuid(),
  name: z.string(),
  eligible: z.boolean(),
  ineligible: z.array(z.object({ code: z.string(), zh: z.string(), en: z.string() })),
  skillLevel: z.number().nullable(),
  travelMinutes: z.number().nullable(),
  loadMinutes: z.number(),
  openOrders: z.number(),
  slackMinutes: z.number().nullable(),
});
