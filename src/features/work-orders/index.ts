export * from './work-order.schemas';
export * from './work-order.states';
export * from './on-site.schemas';
export { assignTechnician } from './assign-technician';
export { cancelWorkOrder } from './cancel-work-order';
export { closeWorkOrder } from './close-work-order';
export { createWorkOrder } from './create-work-order';
export { getWorkOrder } from './get-work-order';
export { getWorkOrderHistory } from './get-work-order-history';
export { listWorkOrders } from './list-work-orders';
export { reassignTechnician } from './reassign-technician';
export { listTechnicians } from './list-technicians';
export { allowedActions, checkTransition, WORK_ORDER_TRANSITIONS } from './work-order.machine';
export { workOrders } from './work-orders.table';
export {
  carRequests,
  serviceSettings,
  workOrderParts,
  workOrderPhotos,
  workOrderSignatures,
  workOrderVisits,
} from './on-site.table';
export { registerWorkOrderRoutes } from './work-orders.routes';
// The service slip (服务处理单): its own folder.
export { getSlip } from './slip/get-slip';
export { registerSlipRoutes } from './slip/slip.routes';
export { planVisit, type VisitPlacement } from './plan-visit';
export { setAppointment } from './set-appointment';
// The on-site workflow.
export { scheduleVisit } from './schedule-visit';
export { rescheduleVisit } from './reschedule-visit';
export { startTravel } from './start-travel';
export { requestCar } from './request-car';
export { decideCarRequest } from './decide-car-request';
export { listCarRequests } from './car-request-views';
export { arriveOnSite } from './arrive-on-site';
export { confirmFault } from './confirm-fault';
export { requestQuoteApproval } from './request-quote-approval';
export { approveQuote } from './approve-quote';
export { declineQuote } from './decline-quote';
export { resolveWorkOrder } from './resolve-work-order';
export { takeBackItem } from './take-back-item';
export { scheduleRevisit } from './schedule-revisit';
export { handOverWorkOrder } from './hand-over-work-order';
export { listHandOverCandidates } from './list-hand-over-candidates';
export { adviseReplacement } from './advise-replacement';
export { repairAnyway } from './repair-anyway';
export { completeWorkOrder } from './complete-work-order';
export { addPart } from './add-part';
export { removePart } from './remove-part';
export { addPhoto } from './add-photo';
export { getOrderImage } from './get-order-image';
export { getOnSite } from './get-on-site';
export { DEFAULT_SERVICE_SETTINGS, getServiceSettings } from './get-service-settings';
export { updateServiceSettings } from './update-service-settings';
