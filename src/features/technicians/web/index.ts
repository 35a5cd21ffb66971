export { TechnicianListPage } from './TechnicianListPage';
export { CheckInButton } from './components/CheckInButton';
