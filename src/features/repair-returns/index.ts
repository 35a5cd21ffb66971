export * from './repair-return.schemas';
export * from './shipment.schemas';
export * from './follow-up.schemas';
export * from './returns-board.schemas';
export {
  repairReturnChases,
  repairReturnItems,
  repairReturnNotices,
  repairReturns,
  repairReturnShipments,
} from './repair-returns.table';
export {
  createRepairReturn,
  type NewRepairReturn,
  type TakenBackItem,
} from './create-repair-return';
export { getRepairReturn, repairReturnOfWorkOrder } from './get-repair-return';
export { listRepairReturns } from './list-repair-returns';
export {
  chaseOverdueBefore,
  daysAtVendor,
  isChaseOverdue,
  repairReturnListItems,
} from './repair-return-list-items';
export { approvalNeeded, repairReturnViews } from './repair-return-views';
export {
  allowedReturnActions,
  checkReturnTransition,
  REPAIR_RETURN_TRANSITIONS,
  type ReturnActor,
} from './repair-return.machine';
export {
  loadRepairReturn,
  type RepairReturnPatch,
  type RepairReturnRecord,
  transitionRepairReturn,
} from './transition-repair-return';
export { walkInReturn } from './walk-in-return';
export { testRepairReturn } from './test-repair-return';
export { approveReturnQuote } from './approve-return-quote';
export { declineReturnQuote } from './decline-return-quote';
export { handOverReturn } from './hand-over-return';
export { registerReturn } from './register-return';
export { finishInHouse } from './finish-in-house';
export { receiveBack } from './receive-back';
export { returnToCustomer } from './return-to-customer';
export { getReturnSignature } from './get-return-signature';
export { createShipment } from './create-shipment';
export { addShipmentItems, removeShipmentItem } from './change-shipment-items';
export { dispatchShipment } from './dispatch-shipment';
export { confirmShipmentArrival } from './confirm-shipment-arrival';
export { getShipment } from './get-shipment';
export { listShipments } from './list-shipments';
export { shipmentListItems, shipmentViews } from './shipment-views';
export { takeInGoodParts } from './take-in-good-parts';
export { registerRepairReturnRoutes } from './repair-returns.routes';
export { repairReturnJobHandlers } from './repair-return-jobs';
export * from './repair-return.states';
export { recordChase } from './record-chase';
export { recordNotice } from './record-notice';
export { getReturnsBoard } from './get-returns-board';
export { getVendorPerformance } from './get-vendor-performance';
