import { z } from 'zod';
import {
  LOANER_STATES,
  MOVEMENT_KINDS,
  STOCK_COUNT_STATES,
  WAREHOUSE_KINDS,
} from './inventory.states';

/**
 * The spare-parts API (备品备件): parts, warehouses, stock, the movement ledger, stock counts
 * (盘点) and loaner units (备用机).
 */
const ref = z.object({ id: z.uuid(), name: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const isoDate = z.iso.date();
const quantity = z.number().int().min(1).max(100_000);
const serials = z.array(text(100)).max(1000);
const page = z.coerce.number().int().min(1).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(20);
const boolQuery = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

export const warehouseKindSchema = z.enum(WAREHOUSE_KINDS);
export const movementKindSchema = z.enum(MOVEMENT_KINDS);

// ── Parts ────────────────────────────────────────────────────────────────────────────────

export const partBody = z.object({
  code: text(50),
  name: text(100),
  unit: text(10).default('个'),
  serialTracked: z.boolean().default(false),
  priceCents: z.number().int().min(0).max(100_000_000),
  note: optionalText(500),
  /** 适用型号 */
  modelIds: z.array(z.uuid()).max(200).default([]),
});
export type PartBody = z.infer<typeof partBody>;
export const updatePartBody = partBody.extend({ version: z.number().int().min(1) });
export type UpdatePartBody = z.infer<typeof updatePartBody>;
/** Cancelling a part stops receipts and issues; the stock on hand stays where it is. */
export const cancelPartBody = z.object({
  version: z.number().int().min(1),
  reason: optionalText(500),
});
export type CancelPartBody = z.infer<typeof cancelPartBody>;

export const catalogPartView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  serialTracked: z.boolean(),
  priceCents: z.number().int(),
  note: z.string().nullable(),
  models: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string() })),
  /** On hand across all warehouses. */
  totalQuantity: z.number().int(),
  cancelled: z.boolean(),
  version: z.number().int(),
});
export type CatalogPartView = z.infer<typeof catalogPartView>;

export const listPartsQuery = z.object({
  /** Code or name. */
  q: z.string().trim().max(64).optional(),
  /** Parts that fit this model. */
  modelId: z.uuid().optional(),
  includeCancelled: boolQuery,
  page,
  pageSize,
});
export type ListPartsQuery = z.infer<typeof listPartsQuery>;

// ── Warehouses ───────────────────────────────────────────────────────────────────────────

export const warehouseBody = z
  .object({
    code: text(30),
    name: text(100),
    kind: warehouseKindSchema,
    /** The van's technician (kind van only). */
    technicianId: z.uuid().optional(),
    address: optionalText(300),
  })
  .refine((w) => (w.kind === 'van') === !!w.technicianId, {
    message: 'a van warehouse needs its technician, and only a van has one',
    path: ['technicianId'],
  });
export type WarehouseBody = z.infer<typeof warehouseBody>;
/** A warehouse is cancelled only when it holds no stock and no loaner units. */
export const cancelWarehouseBody = z.object({ reason: optionalText(500) });
export type CancelWarehouseBody = z.infer<typeof cancelWarehouseBody>;
export const listWarehousesQuery = z.object({
  kind: warehouseKindSchema.optional(),
  includeCancelled: boolQuery,
});
export type ListWarehousesQuery = z.infer<typeof listWarehousesQuery>;

export const warehouseView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: warehouseKindSchema,
  technician: ref.nullable(),
  address: z.string().nullable(),
  cancelled: z.boolean(),
});
export type WarehouseView = z.infer<typeof warehouseView>;

// ── Stock and movements ──────────────────────────────────────────────────────────────────

export const stockRow = z.object({
  warehouse: ref.extend({ kind: warehouseKindSchema }),
  part: z.object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    unit: z.string(),
    serialTracked: z.boolean(),
  }),
  quantity: z.number().int(),
  reorderLevel: z.number().int().nullable(),
  /** At or below the reorder level. */
  belowReorder: z.boolean(),
  /** The serial numbers in stock (serial-tracked parts only). */
  serialNumbers: z.array(z.string()),
});
export type StockRow = z.infer<typeof stockRow>;

export const listStockQuery = z.object({
  warehouseId: z.uuid().optional(),
  partId: z.uuid().optional(),
  q: z.string().trim().max(64).optional(),
  belowReorder: boolQuery,
  page,
  pageSize,
});
export type ListStockQuery = z.infer<typeof listStockQuery>;

export const movementView = z.object({
  id: z.uuid(),
  kind: movementKindSchema,
  part: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  quantity: z.number().int(),
  from: ref.nullable(),
  to: ref.nullable(),
  serialNumber: z.string().nullable(),
  workOrder: z.object({ id: z.uuid(), number: z.string() }).nullable(),
  repairReturn: z.object({ id: z.uuid(), number: z.string() }).nullable(),
  stockCount: z.object({ id: z.uuid(), number: z.string() }).nullable(),
  reason: z.string().nullable(),
  actor: ref,
  at: z.string(),
});
export type MovementView = z.infer<typeof movementView>;

export const listMovementsQuery = z.object({
  partId: z.uuid().optional(),
  warehouseId: z.uuid().optional(),
  kind: movementKindSchema.optional(),
  workOrderId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page,
  pageSize,
});
export type ListMovementsQuery = z.infer<typeof listMovementsQuery>;

/** 入库: received from a supplier (reason: the supplier or delivery note). */
export const receiveBody = z.object({
  warehouseId: z.uuid(),
  partId: z.uuid(),
  quantity,
  serialNumbers: serials.optional(),
  reason: optionalText(300),
});
export type ReceiveBody = z.infer<typeof receiveBody>;

/** 调拨 */
export const transferBody = z.object({
  fromWarehouseId: z.uuid(),
  toWarehouseId: z.uuid(),
  partId: z.uuid(),
  quantity,
  serialNumbers: serials.optional(),
  reason: optionalText(300),
});
export type TransferBody = z.infer<typeof transferBody>;

/** 调整: up or down, always with a reason. */
export const adjustBody = z.object({
  warehouseId: z.uuid(),
  partId: z.uuid(),
  delta: z
    .number()
    .int()
    .min(-100_000)
    .max(100_000)
    .refine((d) => d !== 0, 'not zero'),
  serialNumbers: serials.optional(),
  reason: text(300),
});
export type AdjustBody = z.infer<typeof adjustBody>;

export const reorderLevelBody = z.object({
  warehouseId: z.uuid(),
  partId: z.uuid(),
  /** null clears it. */
  reorderLevel: z.number().int().min(0).max(100_000).nullable(),
});
export type ReorderLevelBody = z.infer<typeof reorderLevelBody>;

/** A part used on a work order, out of the technician's van (work-orders add-part). */
export const vanIssueInput = z.object({
  partId: z.uuid(),
  quantity,
  serialNumber: optionalText(100),
});

// ── Stock counts (盘点) ──────────────────────────────────────────────────────────────────

export const createStockCountBody = z.object({ warehouseId: z.uuid(), note: optionalText(500) });
export type CreateStockCountBody = z.infer<typeof createStockCountBody>;
/** Post or cancel a count, at the version read. */
export const stockCountVersionBody = z.object({ version: z.number().int().min(1) });
export type StockCountVersionBody = z.infer<typeof stockCountVersionBody>;
/**
 * Counted quantities; a part found on the shelf that the count did not list joins it (its book
 * quantity as expected).
 */
export const stockCountLinesBody = z.object({
  version: z.number().int().min(1),
  lines: z
    .array(z.object({ partId: z.uuid(), countedQuantity: z.number().int().min(0).max(100_000) }))
    .min(1)
    .max(2000),
});
export const stockCountView = z.object({
  id: z.uuid(),
  number: z.string(),
  warehouse: ref,
  status: z.enum(STOCK_COUNT_STATES),
  note: z.string().nullable(),
  createdBy: ref,
  createdAt: z.string(),
  postedBy: ref.nullable(),
  postedAt: z.string().nullable(),
  lines: z.array(
    z.object({
      part: z.object({ id: z.uuid(), code: z.string(), name: z.string(), unit: z.string() }),
      expectedQuantity: z.number().int(),
      countedQuantity: z.number().int().nullable(),
      /** counted − expected, once counted. */
      difference: z.number().int().nullable(),
    }),
  ),
  version: z.number().int(),
});
export type StockCountView = z.infer<typeof stockCountView>;
export type StockCountLinesBody = z.infer<typeof stockCountLinesBody>;
export const stockCountListItem = stockCountView.omit({ lines: true }).extend({
  lineCount: z.number().int(),
  /** Lines counted so far, and those whose count differs from the expected quantity. */
  countedCount: z.number().int(),
  differences: z.number().int(),
});
export type StockCountListItem = z.infer<typeof stockCountListItem>;
export const listStockCountsQuery = z.object({
  warehouseId: z.uuid().optional(),
  status: z.enum(STOCK_COUNT_STATES).optional(),
  page,
  pageSize,
});
export type ListStockCountsQuery = z.infer<typeof listStockCountsQuery>;

// ── Loaners (备用机) ─────────────────────────────────────────────────────────────────────

export const loanerBody = z.object({
  code: text(30),
  modelId: z.uuid(),
  serialNumber: text(100),
  warehouseId: z.uuid(),
  note: optionalText(500),
});
export type LoanerBody = z.infer<typeof loanerBody>;

export const loanView = z.object({
  id: z.uuid(),
  loaner: z.object({ id: z.uuid(), code: z.string(), serialNumber: z.string() }),
  customer: ref,
  repairReturn: z.object({ id: z.uuid(), number: z.string() }).nullable(),
  lentAt: z.string(),
  lentBy: ref,
  dueOn: z.string(),
  conditionOut: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnedBy: ref.nullable(),
  conditionBack: z.string().nullable(),
  overdue: z.boolean(),
});
export type LoanView = z.infer<typeof loanView>;

export const loanerView = z.object({
  id: z.uuid(),
  code: z.string(),
  model: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  serialNumber: z.string(),
  status: z.enum(LOANER_STATES),
  warehouse: ref,
  note: z.string().nullable(),
  currentLoan: loanView.nullable(),
  version: z.number().int(),
});
export type LoanerView = z.infer<typeof loanerView>;

export const listLoanersQuery = z.object({
  status: z.enum(LOANER_STATES).optional(),
  q: z.string().trim().max(64).optional(),
  page,
  pageSize,
});
export const lendBody = z.object({
  customerId: z.uuid(),
  repairReturnId: z.uuid().optional(),
  dueOn: isoDate,
  conditionOut: optionalText(500),
});
export type LendBody = z.infer<typeof lendBody>;
export const returnLoanBody = z.object({ conditionBack: text(500) });
export type ReturnLoanBody = z.infer<typeof returnLoanBody>;
export const retireLoanerBody = z.object({ reason: text(300) });
export type RetireLoanerBody = z.infer<typeof retireLoanerBody>;
export type ListLoanersQuery = z.infer<typeof listLoanersQuery>;
export const listLoansQuery = z.object({
  /** Only loans not yet returned. */
  open: boolQuery,
  /** Only open loans past their due date. */
  overdue: boolQuery,
  loanerId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  page,
  pageSize,
});
export type ListLoansQuery = z.infer<typeof listLoansQuery>;
