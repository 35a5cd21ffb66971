export { registerPublicReportRoutes, type PublicReportDeps } from './public-report.routes';
export * from './public-report.schemas';
export {
  trackingStageOf,
  trackingSteps,
  TRACKING_STAGES,
  type TrackingStage,
} from './tracking-stage.rules';
