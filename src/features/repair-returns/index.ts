export * from './repair-return.schemas';
export { REPAIR_RETURN_STATES, repairReturnItems, repairReturns } from './repair-returns.table';
export {
  createRepairReturn,
  type NewRepairReturn,
  type TakenBackItem,
} from './create-repair-return';
export { getRepairReturn, repairReturnOfWorkOrder } from './get-repair-return';
export { listRepairReturns } from './list-repair-returns';
export { registerRepairReturnRoutes } from './repair-returns.routes';
