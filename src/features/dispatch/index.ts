export * from './dispatch.schemas';
export { applyDayPlan } from './apply-day-plan';
export { getDispatchBoard } from './get-dispatch-board';
export { moveOnBoard } from './move-on-board';
export { proposeDayPlan } from './propose-day-plan';
export { recommendForOrder } from './recommend-for-order';
export { registerDispatchRoutes } from './dispatch.routes';
export { dispatchPlans } from './dispatch-plans.table';
