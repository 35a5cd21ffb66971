/** 中心库, 网点库, 维修人员随车库. */
export const WAREHOUSE_KINDS = ['central', 'outlet', 'van'] as const;
export type WarehouseKind = (typeof WAREHOUSE_KINDS)[number];

/**
 * What moves stock, in the append-only ledger: received from a supplier, issued to a work
 * order, transferred between warehouses, returned from a work order, adjusted with a reason
 * (a stock count's differences post as adjustments), taken in from a repair return (good parts
 * left over, 剩余配件).
 */
export const MOVEMENT_KINDS = [
  'receive',
  'issue',
  'transfer',
  'return',
  'adjust',
  'take_in',
] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const STOCK_UNIT_STATES = ['in_stock', 'issued', 'written_off'] as const;
export type StockUnitStatus = (typeof STOCK_UNIT_STATES)[number];

export const STOCK_COUNT_STATES = ['open', 'posted', 'cancelled'] as const;
export type StockCountStatus = (typeof STOCK_COUNT_STATES)[number];

export const LOANER_STATES = ['available', 'lent', 'retired'] as const;
export type LoanerStatus = (typeof LOANER_STATES)[number];
