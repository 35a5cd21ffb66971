import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId, updatedAt } from '../../platform/db/columns';
import { users } from '../accounts/accounts.table';
import { customers } from '../customers/customers.table';
import { productModels } from '../installed-base/installed-base.table';
import {
  LOANER_STATES,
  MOVEMENT_KINDS,
  STOCK_COUNT_STATES,
  STOCK_UNIT_STATES,
  WAREHOUSE_KINDS,
} from './inventory.states';

/** 备件: a spare part, by code; serial-tracked parts are counted unit by unit. */
export const parts = pgTable(
  'parts',
  {
    id: id(),
    tenantId: tenantId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** 个, 块, 条 … */
    unit: text('unit').notNull().default('个'),
    serialTracked: boolean('serial_tracked').notNull().default(false),
    priceCents: integer('price_cents').notNull(),
    note: text('note'),
    cancelledAt: at('cancelled_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('parts_code_key').on(t.tenantId, t.code)],
);

/** The product models a part fits (适用型号). */
export const partModels = pgTable(
  'part_models',
  {
    id: id(),
    tenantId: tenantId(),
    partId: uuid('part_id')
      .notNull()
      .references(() => parts.id),
    modelId: uuid('model_id')
      .notNull()
      .references(() => productModels.id),
  },
  (t) => [
    uniqueIndex('part_models_key').on(t.tenantId, t.partId, t.modelId),
    index('part_models_model_idx').on(t.tenantId, t.modelId),
  ],
);

/** A warehouse: the central store, an outlet's store, or one technician's van (随车库). */
export const warehouses = pgTable(
  'warehouses',
  {
    id: id(),
    tenantId: tenantId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: WAREHOUSE_KINDS }).notNull(),
    /** The van's technician (kind van only; one van per technician). */
    technicianId: uuid('technician_id').references(() => users.id),
    address: text('address'),
    cancelledAt: at('cancelled_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('warehouses_code_key').on(t.tenantId, t.code),
    uniqueIndex('warehouses_technician_key')
      .on(t.tenantId, t.technicianId)
      .where(sql`technician_id IS NOT NULL AND cancelled_at IS NULL`),
  ],
);

/**
 * Stock of one part in one warehouse. The quantity never goes below zero: every issue is a
 * conditional update (`quantity >= n`), and the database checks it besides.
 */
export const stockLevels = pgTable(
  'stock_levels',
  {
    id: id(),
    tenantId: tenantId(),
    warehouseId: uuid('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    partId: uuid('part_id')
      .notNull()
      .references(() => parts.id),
    quantity: integer('quantity').notNull().default(0),
    /** 再订货点: at or below it the warehouse keeper is alerted. */
    reorderLevel: integer('reorder_level'),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('stock_levels_key').on(t.tenantId, t.warehouseId, t.partId),
    index('stock_levels_part_idx').on(t.tenantId, t.partId),
    check('stock_levels_quantity_nonnegative', sql`${t.quantity} >= 0`),
  ],
);

/** One unit of a serial-tracked part: where it is, or that it went out. */
export const stockUnits = pgTable(
  'stock_units',
  {
    id: id(),
    tenantId: tenantId(),
    partId: uuid('part_id')
      .notNull()
      .references(() => parts.id),
    serialNumber: text('serial_number').notNull(),
    status: text('status', { enum: STOCK_UNIT_STATES }).notNull(),
    /** Where it is while in stock. */
    warehouseId: uuid('warehouse_id').references(() => warehouses.id),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('stock_units_serial_key').on(t.tenantId, t.partId, t.serialNumber),
    index('stock_units_warehouse_idx').on(t.tenantId, t.warehouseId, t.partId),
  ],
);

/**
 * The stock ledger: every movement, append-only (the app role may only insert and read it, and
 * a trigger refuses changes). Quantity is positive; `from` and `to` say the direction.
 */
export const stockMovements = pgTable(
  'stock_movements',
  {
    id: id(),
    tenantId: tenantId(),
    kind: text('kind', { enum: MOVEMENT_KINDS }).notNull(),
    partId: uuid('part_id')
      .notNull()
      .references(() => parts.id),
    quantity: integer('quantity').notNull(),
    fromWarehouseId: uuid('from_warehouse_id').references(() => warehouses.id),
    toWarehouseId: uuid('to_warehouse_id').references(() => warehouses.id),
    serialNumber: text('serial_number'),
    workOrderId: uuid('work_order_id'),
    repairReturnId: uuid('repair_return_id'),
    stockCountId: uuid('stock_count_id'),
    /** Required for adjustments; a supplier or delivery note for receipts. */
    reason: text('reason'),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    at: at('at').notNull(),
  },
  (t) => [
    index('stock_movements_part_idx').on(t.tenantId, t.partId, t.at.desc()),
    index('stock_movements_order_idx').on(t.tenantId, t.workOrderId),
    check('stock_movements_quantity_positive', sql`${t.quantity} > 0`),
  ],
);

/** 盘点: a count of one warehouse; posting it writes its differences as adjustments. */
export const stockCounts = pgTable(
  'stock_counts',
  {
    id: id(),
    tenantId: tenantId(),
    number: text('number').notNull(),
    warehouseId: uuid('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    status: text('status', { enum: STOCK_COUNT_STATES }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    postedBy: uuid('posted_by').references(() => users.id),
    postedAt: at('posted_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('stock_counts_number_key').on(t.tenantId, t.number)],
);

export const stockCountLines = pgTable(
  'stock_count_lines',
  {
    id: id(),
    tenantId: tenantId(),
    countId: uuid('count_id')
      .notNull()
      .references(() => stockCounts.id),
    partId: uuid('part_id')
      .notNull()
      .references(() => parts.id),
    /** The book quantity when the count started. */
    expectedQuantity: integer('expected_quantity').notNull(),
    countedQuantity: integer('counted_quantity'),
  },
  (t) => [uniqueIndex('stock_count_lines_key').on(t.tenantId, t.countId, t.partId)],
);

/** 备用机: a unit lent to customers while their own item is away; tracked by serial number. */
export const loanerUnits = pgTable(
  'loaner_units',
  {
    id: id(),
    tenantId: tenantId(),
    code: text('code').notNull(),
    modelId: uuid('model_id')
      .notNull()
      .references(() => productModels.id),
    serialNumber: text('serial_number').notNull(),
    status: text('status', { enum: LOANER_STATES }).notNull().default('available'),
    warehouseId: uuid('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('loaner_units_code_key').on(t.tenantId, t.code),
    uniqueIndex('loaner_units_serial_key').on(t.tenantId, t.modelId, t.serialNumber),
  ],
);

/** One loan of a loaner unit: to whom, for which repair return, until when, and its return. */
export const loans = pgTable(
  'loans',
  {
    id: id(),
    tenantId: tenantId(),
    loanerUnitId: uuid('loaner_unit_id')
      .notNull()
      .references(() => loanerUnits.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    repairReturnId: uuid('repair_return_id'),
    lentAt: at('lent_at').notNull(),
    lentBy: uuid('lent_by')
      .notNull()
      .references(() => users.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    conditionOut: text('condition_out'),
    returnedAt: at('returned_at'),
    returnedBy: uuid('returned_by').references(() => users.id),
    conditionBack: text('condition_back'),
    createdAt: createdAt(),
  },
  (t) => [
    index('loans_unit_idx').on(t.tenantId, t.loanerUnitId, t.lentAt.desc()),
    // A unit is out on at most one loan at a time.
    uniqueIndex('loans_open_key')
      .on(t.tenantId, t.loanerUnitId)
      .where(sql`returned_at IS NULL`),
  ],
);
