export { CategoryAdminPage } from './CategoryAdminPage';
export { useCategories } from './hooks/useCategories';
