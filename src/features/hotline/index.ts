export * from './hotline-call.schemas';
export { createHotlineCall } from './create-hotline-call';
export { getHotlineCall } from './get-hotline-call';
export { listHotlineCalls } from './list-hotline-calls';
export { hotlineCalls } from './hotline-calls.table';
export { linkWorkOrderStatement } from './link-work-order';
export { registerHotlineRoutes } from './hotline.routes';
