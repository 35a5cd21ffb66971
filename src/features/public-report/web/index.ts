export { PublicDevicePage } from './PublicDevicePage';
export { PublicTrackingPage } from './PublicTrackingPage';
