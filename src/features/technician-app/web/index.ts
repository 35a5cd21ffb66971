export { JobPage } from './JobPage';
export { MyJobsPage } from './MyJobsPage';
export { PhoneLayout } from './PhoneLayout';
export { SignaturePad } from './components/SignaturePad';
