export { CommitmentsAdminPage } from './CommitmentsAdminPage';
export { PublicCommitmentsPage } from './PublicCommitmentsPage';
