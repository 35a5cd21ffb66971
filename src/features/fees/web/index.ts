export { FeeStandardPage } from './FeeStandardPage';
