export { FeeStandardPage } from './FeeStandardPage';
export { formatCents } from './formatCents';
