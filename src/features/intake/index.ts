export {
  INTAKE_CHANNELS,
  SERVICE_REQUEST_STATES,
  serviceRequests,
  type IntakeChannel,
  type ServiceRequestState,
} from './service-requests.table';
export * from './service-request.schemas';
export { createServiceRequest, type IntakeContext } from './create-service-request';
export { getServiceRequest, getServiceRequests } from './get-service-request';
export { markRequestConverted, requestOfHotlineCall } from './mark-request-converted';
export { listServiceRequests } from './list-service-requests';
export { getServiceRequestDetail } from './get-service-request-detail';
export { mergeServiceRequest } from './merge-service-request';
export { rejectServiceRequest } from './reject-service-request';
export { recordWalkIn } from './record-walk-in';
export { registerIntakeRoutes } from './intake.routes';
