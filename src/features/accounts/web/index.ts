export { LoginPage } from './LoginPage';
export { UserAdminPage } from './UserAdminPage';
export { TechnicianSelect } from './components/TechnicianSelect';
