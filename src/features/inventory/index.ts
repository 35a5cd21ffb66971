export * from './inventory.schemas';
export * from './inventory.states';
export {
  loans,
  loanerUnits,
  parts,
  partModels,
  stockCountLines,
  stockCounts,
  stockLevels,
  stockMovements,
  stockUnits,
  warehouses,
} from './inventory.table';
export {
  issueToWorkOrder,
  returnFromWorkOrder,
  type VanMovementInput,
} from './issue-to-work-order';
export { takeInFromRepairReturn, type TakeInInput } from './take-in-from-return';
export { lendLoaner } from './lend-loaner';
export { returnLoan } from './return-loan';
export { loanViews } from './loaner-view';
export { movementViews } from './movement-view';
export { moveStock, type StockMove } from './move-stock';
export { inventoryJobHandlers } from './inventory-jobs';
export { LOAN_OVERDUE_JOB } from './loan-jobs';
export { registerInventoryRoutes } from './inventory.routes';
export { createPart } from './create-part';
export { createWarehouse } from './create-warehouse';
export { receiveStock } from './receive-stock';
export { transferStock } from './transfer-stock';
export { adjustStock } from './adjust-stock';
export { setReorderLevel } from './set-reorder-level';
export { listStock } from './list-stock';
export { createStockCount } from './create-stock-count';
export { enterStockCountLines } from './enter-stock-count-lines';
export { postStockCount } from './post-stock-count';
export { createLoaner } from './create-loaner';
export { listLoans } from './list-loans';
