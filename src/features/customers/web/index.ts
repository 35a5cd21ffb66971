export { CustomerListPage } from './CustomerListPage';
export { CustomerSearchSelect } from './components/CustomerSearchSelect';
