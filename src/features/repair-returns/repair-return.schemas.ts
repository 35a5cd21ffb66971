import { z } from 'zod';
import { REPAIR_RETURN_STATES } from './repair-returns.table';

const ref = z.object({ id: z.uuid(), name: z.string() });

export const repairReturnStatusSchema = z.enum(REPAIR_RETURN_STATES);

export const repairReturnItemView = z.object({
  seq: z.number().int(),
  description: z.string(),
  serialNumber: z.string().nullable(),
  condition: z.string(),
  accessories: z.string().nullable(),
});
export type RepairReturnItemView = z.infer<typeof repairReturnItemView>;

/** 返修单: what was taken back from whom, by whom and when, and the customer's signature. */
export const repairReturnView = z.object({
  id: z.uuid(),
  number: z.string(),
  status: repairReturnStatusSchema,
  workOrder: z.object({ id: z.uuid(), number: z.string() }),
  customer: ref,
  asset: z.object({ id: z.uuid(), serialNumber: z.string() }).nullable(),
  takenBy: ref,
  takenAt: z.string(),
  /** GET this for the PNG of the customer's signature on the take-back list. */
  signatureImageUrl: z.string().nullable(),
  items: z.array(repairReturnItemView),
  version: z.number().int(),
  createdAt: z.string(),
});
export type RepairReturnView = z.infer<typeof repairReturnView>;

export const repairReturnListItem = repairReturnView.omit({ items: true }).extend({
  itemCount: z.number().int(),
});
export type RepairReturnListItem = z.infer<typeof repairReturnListItem>;

export const listRepairReturnsQuery = z.object({
  /** One status or several, comma-separated. */
  status: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : undefined))
    .pipe(z.array(repairReturnStatusSchema).optional()),
  /** The return's or the work order's number, or the customer's name. */
  q: z.string().trim().max(64).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListRepairReturnsQuery = z.infer<typeof listRepairReturnsQuery>;
